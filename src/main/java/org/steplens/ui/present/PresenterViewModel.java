package org.steplens.ui.present;

import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import org.steplens.ui.solution.SolutionViewModel;

/**
 * Presenter mode without nodes: the shown solution (the inspector's {@link SolutionViewModel}, reused), where the
 * staged {@link Reveal} stands, and the zoom, which is remembered in the user's preferences. A new solution starts
 * its reveal from the problem again.
 */
public final class PresenterViewModel {
    static final String ZOOM_KEY = "presenter.zoom";
    static final double MIN_ZOOM = 0.6;
    static final double MAX_ZOOM = 2.0;
    private static final double ZOOM_STEP = 0.1;

    private final SolutionViewModel solution;
    private final Preferences preferences;
    private final ReadOnlyObjectWrapper<Reveal> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);

    public PresenterViewModel(SolutionViewModel solution, Preferences preferences) {
        this.solution = solution;
        this.preferences = preferences;
        zoom.set(clamp(preferences.getDouble(ZOOM_KEY, 1.0)));
        solution.steps().addListener((ListChangeListener<Object>) c -> restart());
        solution.firstErrorProperty().addListener((o, a, b) -> restart());
        restart();
    }

    /** Starts the reveal of the shown solution from the problem. */
    public void restart() {
        reveal.set(Reveal.start(solution.steps().size(), solution.firstErrorProperty().get(), true));
    }

    public void next() {
        reveal.set(reveal.get().next());
    }

    public void back() {
        reveal.set(reveal.get().back());
    }

    public void revealAll() {
        reveal.set(reveal.get().all());
    }

    public void toggleBlack() {
        reveal.set(reveal.get().toggleBlack());
    }

    public void zoomIn() {
        setZoom(zoom.get() + ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() - ZOOM_STEP);
    }

    private void setZoom(double value) {
        double z = clamp(Math.round(value * 10) / 10.0);
        zoom.set(z);
        preferences.putDouble(ZOOM_KEY, z);
    }

    private static double clamp(double z) {
        return Double.isFinite(z) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)) : 1.0;
    }

    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    public Reveal reveal() {
        return reveal.get();
    }

    /** 1.0 is the presentation stylesheet's size; Ctrl+= and Ctrl+- change it in steps of 10 %. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public SolutionViewModel solution() {
        return solution;
    }
}
