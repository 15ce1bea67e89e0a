package org.steplens.ui.shell;

/**
 * Status-bar messages in brief: the bar has one line shared by several messages, so each shows its gist (no
 * parenthetical details, at most a bounded number of characters) and the whole text goes in a tooltip.
 */
final class StatusText {
    private StatusText() {
    }

    /**
     * {@code text} without parenthetical details, cut at a word before {@code maxChars} with "…"; "" for null.
     * E.g. "Scoring 1,000 solutions with tiny-prm on CPU (CUDA unavailable: libcudart.so.12 missing)…" becomes
     * "Scoring 1,000 solutions with tiny-prm on CPU…".
     */
    static String brief(String text, int maxChars) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        String gist = flat.replaceAll(" ?\\([^()]*\\)", "").replace(" …", "…").strip();
        if (gist.isEmpty()) {
            gist = flat;
        }
        if (gist.length() <= maxChars) {
            return gist;
        }
        int cut = gist.lastIndexOf(' ', maxChars - 1);
        return gist.substring(0, cut > maxChars / 2 ? cut : maxChars - 1).stripTrailing() + "…";
    }

    /** True when the brief leaves something out, so that the full text is worth a tooltip. */
    static boolean shortened(String text, int maxChars) {
        return text != null && !brief(text, maxChars).equals(text.replaceAll("\\s+", " ").strip());
    }
}
