package org.steplens.chart;

import java.util.Locale;

/** Readable names for selection methods in legends and tables. */
public final class MethodLabels {
    private MethodLabels() {
    }

    public static String label(String method) {
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "prm" -> "PRM";
            case "orm" -> "ORM";
            case "majority" -> "Majority vote";
            case "prm-vote" -> "PRM-weighted vote";
            case "orm-vote" -> "ORM-weighted vote";
            case "oracle" -> "Oracle (pass@N)";
            case "random" -> "Random pick";
            default -> method;
        };
    }
}
