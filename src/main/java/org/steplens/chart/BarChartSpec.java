package org.steplens.chart;

import java.util.List;
import java.util.Objects;

/**
 * A grouped bar chart, e.g. accuracy by subject or level for each method.
 *
 * @param title      figure title
 * @param subtitle   a smaller second line, or null
 * @param yAxis      value axis (fixed bounds optional)
 * @param categories the x categories, in order
 * @param groups     one bar per category in each group
 * @param provenance footer and metadata, or null
 */
public record BarChartSpec(String title, String subtitle, Axis yAxis, List<String> categories, List<BarGroup> groups,
                           Provenance provenance) implements FigureSpec {

    public BarChartSpec {
        Objects.requireNonNull(title, "title");
        categories = List.copyOf(categories);
        groups = List.copyOf(groups);
        for (BarGroup g : groups) {
            if (g.values().length != categories.size()) {
                throw new IllegalArgumentException("group " + g.key() + " has " + g.values().length
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}
