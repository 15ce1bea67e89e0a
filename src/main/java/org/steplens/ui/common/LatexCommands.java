package org.steplens.ui.common;

/** Recognising a LaTeX control word in source text, for the scanners that restyle or cut formulas. */
final class LatexCommands {
    private LatexCommands() {
    }

    /** Whether the control word {@code command} (e.g. "\\frac") starts at {@code i}: "\\fracx" is another word. */
    static boolean at(String latex, int i, String command) {
        int end = i + command.length();
        return latex.startsWith(command, i) && !(end < latex.length() && Character.isLetter(latex.charAt(end)));
    }
}
