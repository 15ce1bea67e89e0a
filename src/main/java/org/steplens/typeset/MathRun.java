package org.steplens.typeset;

/**
 * A piece of a step's text: plain prose, or LaTeX math to typeset.
 *
 * @param text    the prose, or the LaTeX source without its delimiters
 * @param math    true for math
 * @param display true for display math ($$…$$ or \[…\])
 * @param source  the run exactly as written (with delimiters), shown when typesetting fails
 */
public record MathRun(String text, boolean math, boolean display, String source) {

    public static MathRun prose(String text) {
        return new MathRun(text, false, false, text);
    }
}
