package org.steplens.ui.bestofn;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Holds back work for a node until the user can see it: a dataset opened while the dashboard's tab is in the
 * background is computed when the tab is first shown, not at once (a best-of-N run at the paper's scale takes
 * seconds of every core but one). Visible means: in a scene, and its parent (a tab's content area) is visible.
 */
final class WhenVisible<T> {
    private final Node node;
    private final Consumer<T> action;
    private final ChangeListener<Boolean> parentVisibility = (o, was, now) -> runIfVisible();
    private T pending;

    WhenVisible(Node node, Consumer<T> action) {
        this.node = node;
        this.action = action;
        node.sceneProperty().addListener((o, old, now) -> runIfVisible());
        node.parentProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.visibleProperty().removeListener(parentVisibility);
            }
            if (now != null) {
                now.visibleProperty().addListener(parentVisibility);
            }
            runIfVisible();
        });
        if (node.getParent() != null) {
            node.getParent().visibleProperty().addListener(parentVisibility);
        }
    }

    /** Runs the action with {@code value} now if the node is visible, else when it next becomes visible. */
    void offer(T value) {
        pending = value;
        runIfVisible();
    }

    boolean isWaiting() {
        return pending != null;
    }

    private void runIfVisible() {
        Parent parent = node.getParent();
        if (pending != null && node.getScene() != null && (parent == null || parent.isVisible())) {
            T value = pending;
            pending = null;
            action.accept(value);
        }
    }
}
