package org.steplens.chart;

import java.util.List;
import java.util.Objects;

/**
 * A table for display and CSV export, e.g. accuracy per method at each N.
 *
 * @param title   what it shows
 * @param columns column headers
 * @param rows    cells as text, each row as long as {@code columns}
 */
public record Table(String title, List<String> columns, List<List<String>> rows) {

    public Table {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size() + " cells, expected "
                        + columns.size());
            }
        }
    }
}
