package org.steplens.ui.session;

import javafx.scene.Node;

/**
 * A top-level view shown as a tab of the main window (the inspector; later e.g. the best-of-N dashboard).
 * Add one by giving the shell's {@code StepLensApp} another {@link AppViewFactory}.
 */
public interface AppView {
    String title();

    Node icon();

    Node content();

    /** Called when the user switches to this view (e.g. to start costly work only when it is looked at). */
    default void onShown() {
    }

    /** Called when the user switches away from this view. */
    default void onHidden() {
    }

    /** Called once when the window closes. */
    default void dispose() {
    }
}
