package org.steplens.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds visible labels (and cells, buttons, check boxes, combo box buttons) whose text is shown cut, with an
 * ellipsis, because their box is too small. A local stand-in for polish1's ClippedTextCheck until that is merged.
 */
final class TextOverrun {
    private TextOverrun() {
    }

    /** "id-or-class: 'full text' shown as 'shown…'" for each cut label under {@code root}; empty when none is. */
    static List<String> in(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.isVisible() && !l.getText().equals(t.getText())) {
                    out.add((l.getId() != null ? l.getId() : l.getStyleClass().toString()) + ": '" + l.getText()
                            + "' shown as '" + t.getText() + "'");
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, out);
            }
        }
    }
}
