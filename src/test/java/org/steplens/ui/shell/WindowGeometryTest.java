package org.steplens.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The window comes back where the user left it, but always whole on a screen that is there now. */
class WindowGeometryTest {
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/window-geometry");

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    @Test
    void firstStartFillsTheVisibleScreen() {
        assertEquals(new WindowGeometry(0, 0, 1920, 1080, false), WindowGeometry.restore(prefs, List.of(FULL_HD), FULL_HD));
    }

    @Test
    void aSavedWindowComesBackAsItWas() {
        save(100, 80, 1400, 900, false);
        assertEquals(new WindowGeometry(100, 80, 1400, 900, false),
                WindowGeometry.restore(prefs, List.of(FULL_HD), FULL_HD));
    }

    @Test
    void aWindowFromALargerScreenIsShrunkAndMovedOntoTheSmallerOne() {
        save(500, 300, 1800, 1000, true);
        assertEquals(new WindowGeometry(0, 0, 1366, 768, true), WindowGeometry.restore(prefs, List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aWindowOnAScreenThatIsGoneReturnsToThePrimaryOne() {
        Rectangle2D right = new Rectangle2D(1920, 0, 1280, 1024);
        save(2100, 100, 1000, 700, false);
        assertEquals(new WindowGeometry(2100, 100, 1000, 700, false),
                WindowGeometry.restore(prefs, List.of(FULL_HD, right), FULL_HD), "still attached: stays there");
        assertEquals(new WindowGeometry(920, 100, 1000, 700, false),
                WindowGeometry.restore(prefs, List.of(FULL_HD), FULL_HD), "detached: pulled fully onto the primary");
    }

    @Test
    void aTinySavedSizeGrowsToTheMinimumTheLayoutNeeds() {
        save(10, 10, 300, 200, false);
        WindowGeometry g = WindowGeometry.restore(prefs, List.of(FULL_HD), FULL_HD);
        assertEquals(WindowGeometry.MIN_WIDTH, g.width());
        assertEquals(WindowGeometry.MIN_HEIGHT, g.height());
    }

    private void save(double x, double y, double w, double h, boolean maximized) {
        prefs.putDouble("window.x", x);
        prefs.putDouble("window.y", y);
        prefs.putDouble("window.width", w);
        prefs.putDouble("window.height", h);
        prefs.putBoolean("window.maximized", maximized);
    }
}
