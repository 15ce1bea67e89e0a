package org.steplens.ui.common;

import java.util.Locale;

/**
 * How scores read everywhere in the UI: three decimals, but products of many step probabilities can be tiny,
 * so values below 0.001 keep three significant digits ("2.41e-05") instead of collapsing to "0.000".
 */
public final class ScoreFormat {
    private ScoreFormat() {
    }

    /** The score as shown; an en dash when there is none (NaN). */
    public static String of(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && magnitude < 0.001) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
