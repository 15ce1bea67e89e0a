package org.steplens.ui.solution;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.steplens.grade.LatexToText;

/** Copying steps, solutions and problems: as written (text with LaTeX) or as plain text. */
final class StepCopy {
    private StepCopy() {
    }

    /** Puts {@code text} on the system clipboard. */
    static void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text == null ? "" : text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The text with its LaTeX turned into readable plain text ("\frac{1}{2}" → "1/2"); unchanged when it cannot be. */
    static String plain(String text) {
        return LatexToText.readable(text);
    }

    /** A whole solution as text with LaTeX: each step headed "Step N", separated by a blank line. */
    static String solution(List<String> steps) {
        return IntStream.range(0, steps.size()).mapToObj(i -> "Step " + (i + 1) + "\n" + steps.get(i).strip())
                .collect(Collectors.joining("\n\n"));
    }
}
