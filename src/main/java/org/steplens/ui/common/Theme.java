package org.steplens.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * Light or dark: AtlantaFX's Primer themes plus one StepLens stylesheet that only uses the theme's colour tokens,
 * so there is no second copy of the CSS for dark mode.
 */
public enum Theme {
    LIGHT(0x1F2328), DARK(0xE6EDF3);

    /** The app's own stylesheet, added to every scene. */
    public static final String STYLESHEET = "/org/steplens/ui/steplens.css";

    private final int textRgb;

    Theme(int textRgb) {
        this.textRgb = textRgb;
    }

    /** The default text colour (for typeset math, which is an image and cannot follow CSS). */
    public int textRgb() {
        return textRgb;
    }

    /** Installs the theme for the whole application (call on the FX thread). */
    public void apply() {
        Application.setUserAgentStylesheet(this == LIGHT ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet());
    }

    public static String stylesheetUrl() {
        return Theme.class.getResource(STYLESHEET).toExternalForm();
    }
}
