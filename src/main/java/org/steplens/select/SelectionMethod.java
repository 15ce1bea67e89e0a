package org.steplens.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Ways of choosing one candidate solution for a problem. */
public enum SelectionMethod {
    /** The answer class with the most members (classes by the grader's equivalence). */
    MAJORITY("majority"),
    /** The candidate with the highest outcome reward model score. */
    ORM("orm"),
    /** The candidate with the highest PRM score (see {@link PrmAggregation}). */
    PRM("prm"),
    /** The answer class with the largest sum of its members' PRM scores. */
    PRM_WEIGHTED_MAJORITY("prm-vote"),
    /** The answer class with the largest sum of its members' ORM scores. */
    ORM_WEIGHTED_MAJORITY("orm-vote"),
    /** A correct candidate whenever there is one (pass@N): an upper bound for every other method. */
    ORACLE("oracle"),
    /** A candidate chosen uniformly at random: the expected accuracy of a single sample. */
    RANDOM("random");

    private final String id;

    SelectionMethod(String id) {
        this.id = id;
    }

    /** The short name used on the command line and in CSV/JSON output. */
    public String id() {
        return id;
    }

    public static SelectionMethod parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (SelectionMethod m : values()) {
            if (m.id.equals(t) || m.name().toLowerCase(Locale.ROOT).equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + text + "': expected one of " + ids());
    }

    /** Parses a comma-separated list, keeping order and dropping repeats. */
    public static List<SelectionMethod> parseList(String text) {
        List<SelectionMethod> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                SelectionMethod m = parse(part);
                if (!out.contains(m)) {
                    out.add(m);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no methods given: expected one or more of " + ids());
        }
        return out;
    }

    static String ids() {
        List<String> ids = new ArrayList<>();
        for (SelectionMethod m : values()) {
            ids.add(m.id);
        }
        return String.join(", ", ids);
    }
}
