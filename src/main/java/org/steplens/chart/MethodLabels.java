package org.steplens.chart;

import java.util.Locale;

/** Readable names for selection methods in legends and tables. */
public final class MethodLabels {
    private MethodLabels() {
    }

    public static String label(String method) {
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "prm", "prm-product", "prm-prod" -> "PRM (product)";
            case "prm-min" -> "PRM (min)";
            case "prm-last" -> "PRM (last step)";
            case "orm" -> "ORM";
            case "majority", "maj" -> "Majority vote";
            case "weighted", "weighted-majority" -> "Weighted majority";
            case "oracle", "pass" -> "Oracle (any correct)";
            default -> method;
        };
    }
}
