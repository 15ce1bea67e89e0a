package org.steplens.ui.common;

import java.util.Locale;

/** "1 problem", "1,000 problems": a count with its noun in the right number (regular plurals only). */
public final class Counts {
    private Counts() {
    }

    public static String of(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
