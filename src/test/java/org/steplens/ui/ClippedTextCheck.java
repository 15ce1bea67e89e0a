package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finds text a user cannot read whole: every showing {@link Labeled} (labels, buttons, check boxes, column headers,
 * table cells, tabs) whose skin displays something other than its text (an ellipsis: "First e…", "9…"), or that
 * sits partly outside the window (unless it lies in a scroll pane, which scrolls it into view). Use from any
 * thread after the layout settled:
 * {@code ClippedTextCheck.assertNone(root)}, or {@code ClippedTextCheck.assertNone(root, node -> ...)} to skip
 * nodes that shorten text by design (e.g. a one-line preview in a list).
 */
public final class ClippedTextCheck {
    private ClippedTextCheck() {
    }

    /** Fails with the list of clipped texts under {@code root}, if any. */
    public static void assertNone(Parent root) {
        assertNone(root, n -> false);
    }

    /** As {@link #assertNone(Parent)}, not looking into nodes {@code skip} accepts. */
    public static void assertNone(Parent root, Predicate<Node> skip) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found;
        try {
            found = WaitForAsyncUtils.asyncFx(() -> {
                root.applyCss();
                root.layout();
                return clipped(root, skip);
            }).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not inspect " + root, e);
        }
        assertEquals(List.of(), found, "text cut off under " + root);
    }

    /** Descriptions of the clipped texts under {@code root} (call on the FX thread). */
    public static List<String> clipped(Parent root, Predicate<Node> skip) {
        List<String> out = new ArrayList<>();
        walk(root, skip, out, inScrollPane(root));
        return out;
    }

    private static boolean inScrollPane(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static void walk(Node node, Predicate<Node> skip, List<String> out, boolean scrolls) {
        if (!node.isVisible() || node.getOpacity() == 0 || skip.test(node)) {
            return;
        }
        if (node instanceof Labeled l) {
            check(l, out, scrolls);
        }
        if (node instanceof Parent p) {
            boolean inScrollPane = scrolls || node instanceof ScrollPane;
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, skip, out, inScrollPane);
            }
        }
    }

    private static void check(Labeled l, List<String> out, boolean scrolls) {
        String text = l.getText();
        if (text == null || text.isBlank() || l.getWidth() <= 0 || l.getHeight() <= 0) {
            return;
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && !child.getStyleClass().contains("ikonli-font-icon")) {
                String displayed = shown.getText() == null ? "" : shown.getText();
                if (!normalise(displayed).equals(normalise(text))) {
                    out.add(describe(l) + " shows '" + displayed + "'");
                    return;
                }
            }
        }
        if (l.getScene() != null && !scrolls) {
            Bounds b = l.localToScene(l.getLayoutBounds());
            double w = l.getScene().getWidth();
            double h = l.getScene().getHeight();
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > w + 0.5 || b.getMaxY() > h + 0.5) {
                out.add(describe(l) + " lies partly outside the window at " + b);
            }
        }
    }

    /** Wrapping inserts no characters, but a wrapped label's text is compared without its line breaks. */
    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String describe(Labeled l) {
        String id = l.getId() == null ? "" : "#" + l.getId() + " ";
        return l.getClass().getSimpleName() + " " + id + "'" + l.getText() + "' (" + Math.round(l.getWidth()) + " px)";
    }
}
