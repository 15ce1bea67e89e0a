package org.steplens.ui.shell;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window's size and position, remembered across restarts in the app's preferences (beside the theme and
 * the recent files) and clamped to a screen that is there now, so a window saved on a disconnected monitor or a
 * larger screen opens fully visible. The first start fills the primary screen's visible area.
 *
 * @param x         left edge
 * @param y         top edge
 * @param width     width
 * @param height    height
 * @param maximized whether the window was maximized
 */
record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 500;
    private static final String KEY = "window.";

    /** The saved geometry clamped to {@code screens} (visible bounds), or the primary screen's visible area. */
    static WindowGeometry restore(Preferences prefs, List<Rectangle2D> screens, Rectangle2D primary) {
        double w = prefs.getDouble(KEY + "width", -1);
        double h = prefs.getDouble(KEY + "height", -1);
        if (w <= 0 || h <= 0) {
            return new WindowGeometry(primary.getMinX(), primary.getMinY(), primary.getWidth(), primary.getHeight(),
                    false);
        }
        WindowGeometry saved = new WindowGeometry(prefs.getDouble(KEY + "x", primary.getMinX()),
                prefs.getDouble(KEY + "y", primary.getMinY()), w, h, prefs.getBoolean(KEY + "maximized", false));
        return saved.clampedTo(screens, primary);
    }

    /** As {@link #restore(Preferences, List, Rectangle2D)} with the screens attached now. */
    static WindowGeometry restore(Preferences prefs) {
        return restore(prefs, Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                Screen.getPrimary().getVisualBounds());
    }

    /**
     * On the screen holding most of the window (else the primary one): no larger than that screen, no smaller than
     * the minimum the layout needs (unless the screen is smaller still), and entirely on it.
     */
    WindowGeometry clampedTo(List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D screen = primary;
        double best = 0;
        for (Rectangle2D s : screens) {
            double overlap = overlap(s);
            if (overlap > best) {
                best = overlap;
                screen = s;
            }
        }
        double w = Math.min(screen.getWidth(), Math.max(width, MIN_WIDTH));
        double h = Math.min(screen.getHeight(), Math.max(height, MIN_HEIGHT));
        double left = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w));
        double top = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h));
        return new WindowGeometry(left, top, w, h, maximized);
    }

    private double overlap(Rectangle2D s) {
        double w = Math.min(x + width, s.getMaxX()) - Math.max(x, s.getMinX());
        double h = Math.min(y + height, s.getMaxY()) - Math.max(y, s.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    void applyTo(Stage stage) {
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(maximized);
    }

    /** The stage's current geometry; while maximized, the size it returns to is unknown, so the last saved is kept. */
    static void save(Preferences prefs, Stage stage) {
        try {
            put(prefs, stage);
        } catch (IllegalStateException e) {
            // the preferences node is gone (removed meanwhile): nothing to remember, and closing must go on
        }
    }

    private static void put(Preferences prefs, Stage stage) {
        prefs.putBoolean(KEY + "maximized", stage.isMaximized());
        if (!stage.isMaximized() && stage.getWidth() > 0 && stage.getHeight() > 0
                && Double.isFinite(stage.getX()) && Double.isFinite(stage.getY())) {
            prefs.putDouble(KEY + "x", stage.getX());
            prefs.putDouble(KEY + "y", stage.getY());
            prefs.putDouble(KEY + "width", stage.getWidth());
            prefs.putDouble(KEY + "height", stage.getHeight());
        }
    }
}
