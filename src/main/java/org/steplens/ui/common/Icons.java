package org.steplens.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli icons at the app's usual size. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon");
        return icon;
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = of(ikon);
        icon.setIconSize(size);
        return icon;
    }
}
