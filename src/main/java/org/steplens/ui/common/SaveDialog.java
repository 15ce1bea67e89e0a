package org.steplens.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The save dialog every export uses: one file type, a suggested name, and the extension added when missing. */
public final class SaveDialog {
    private SaveDialog() {
    }

    /**
     * Asks where to save; empty when the user cancels.
     *
     * @param owner     a node of the window the dialog belongs to
     * @param stem      the suggested file name without extension
     * @param extension e.g. "png", "svg", "csv"
     */
    public static Optional<Path> choose(Node owner, String stem, String extension) {
        String upper = extension.toUpperCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + upper);
        chooser.setInitialFileName(stem + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(upper, "*." + extension));
        File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (file == null) {
            return Optional.empty();
        }
        Path out = file.toPath();
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            out = out.resolveSibling(out.getFileName() + "." + extension);
        }
        return Optional.of(out);
    }
}
