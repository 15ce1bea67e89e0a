package org.steplens.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.ArrayList;
import java.util.Set;

/**
 * The MATH500 subset and the paper's best-of-1860 results on it (Lightman et al. 2023, "Let's Verify Step by
 * Step"; Table 4 for the aggregations), shown beside a user's curves when their dataset is that subset.
 */
public final class Math500 {
    /** The N at which the paper reports its headline numbers. */
    public static final int PAPER_N = 1860;
    public static final double PAPER_PRM = 78.2;
    public static final double PAPER_ORM = 72.4;
    public static final double PAPER_MAJORITY = 69.6;
    public static final String PAPER_LEGEND = "Lightman et al. 2023, N = 1860";

    private static final Set<String> IDS = load();

    private Math500() {
    }

    /** True when the problem ids are exactly the 500 MATH500 problems (a subset would not compare). */
    public static boolean isMath500(Collection<String> problemIds) {
        Set<String> ids = new HashSet<>(problemIds);
        return ids.size() == IDS.size() && ids.containsAll(IDS);
    }

    public static Set<String> ids() {
        return IDS;
    }

    /**
     * The paper's best-of-1860 value for a method (by CLI name: {@code prm}, {@code orm}, {@code majority}), if
     * it reports one. The PRM value depends on the aggregation (Table 4); {@code aggregation} is a label such as
     * {@code product-neutral-positive}, or null for the paper's default.
     */
    public static OptionalDouble paperValue(String method, String aggregation) {
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "prm" -> paperPrm(aggregation == null ? "product-neutral-positive" : aggregation);
            case "orm" -> OptionalDouble.of(PAPER_ORM);
            case "majority" -> OptionalDouble.of(PAPER_MAJORITY);
            default -> OptionalDouble.empty();
        };
    }

    private static OptionalDouble paperPrm(String aggregation) {
        return switch (aggregation.toLowerCase(Locale.ROOT)) {
            case "product", "product-neutral-positive" -> OptionalDouble.of(PAPER_PRM);
            case "min", "min-neutral-positive" -> OptionalDouble.of(77.6);
            case "product-neutral-negative" -> OptionalDouble.of(77.4);
            case "min-neutral-negative" -> OptionalDouble.of(77.8);
            default -> OptionalDouble.empty();
        };
    }

    /** Reference marks for those of {@code methods} the paper reports under this aggregation. */
    public static List<ReferenceMark> referenceMarks(List<String> methods, String aggregation) {
        List<ReferenceMark> marks = new ArrayList<>();
        for (int i = 0; i < methods.size(); i++) {
            String m = methods.get(i);
            OptionalDouble v = paperValue(m, aggregation);
            if (v.isPresent()) {
                marks.add(new ReferenceMark(m, String.format(Locale.ROOT, "%.1f", v.getAsDouble()), PAPER_N,
                        v.getAsDouble(), Palette.forMethod(m, i)));
            }
        }
        return marks;
    }

    private static Set<String> load() {
        Set<String> ids = new HashSet<>();
        try (InputStream in = Math500.class.getResourceAsStream("math500-unique-ids.txt")) {
            if (in == null) {
                throw new IllegalStateException("math500-unique-ids.txt missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    ids.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(ids);
    }
}
