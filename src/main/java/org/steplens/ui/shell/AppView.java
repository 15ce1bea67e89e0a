package org.steplens.ui.shell;

import javafx.scene.Node;

/**
 * A top-level view shown as a tab of the main window (the inspector; later e.g. the best-of-N dashboard).
 * Add one by giving {@link StepLensApp} another {@link AppViewFactory}.
 */
public interface AppView {
    String title();

    Node icon();

    Node content();

    /** Called once when the window closes. */
    default void dispose() {
    }
}
