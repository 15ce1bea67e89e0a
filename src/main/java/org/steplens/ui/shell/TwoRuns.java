package org.steplens.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.steplens.model.Dataset;
import org.steplens.ui.session.Session;

/**
 * File ▸ Open two runs… and {@code steplens --compare A B}: run A becomes the open document (loaded in the background
 * as any file); once it has loaded, run B is read and compared with it in the run comparison window. A file B that
 * cannot be read is reported there and leaves A open.
 */
final class TwoRuns {
    private TwoRuns() {
    }

    /** Asks for run A, then run B (two choosers, so which is which is never in doubt); empty when either is cancelled. */
    static Optional<List<Path>> choose(Window owner, Path folder) {
        Path a = chooseOne(owner, "Open two runs: run A (e.g. without a hint)", folder);
        if (a == null) {
            return Optional.empty();
        }
        Path b = chooseOne(owner, "Open two runs: run B, the same problems (e.g. with a hint)", a.toAbsolutePath().getParent());
        return b == null ? Optional.empty() : Optional.of(List.of(a, b));
    }

    private static Path chooseOne(Window owner, String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Datasets (*.jsonl, *.json, *.gz)", "*.jsonl", "*.json", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File f = chooser.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    /**
     * Opens {@code a} with {@code openA}, then hands {@code b} to {@code compareWithB} when that document's dataset
     * is ready. Nothing happens with B when A's opening is declined, fails, or another file is opened first.
     */
    static void open(Session session, Path a, Path b, Consumer<List<Path>> openA, Consumer<Path> compareWithB) {
        long before = session.documentId();
        openA.accept(List.of(a));
        long id = session.documentId();
        if (id == before) {
            return; // the user kept the open file (e.g. chose not to stop a model that is scoring)
        }
        if (session.dataset() != null) {
            compareWithB.accept(b);
            return;
        }
        ChangeListener<Dataset> whenLoaded = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Dataset> o, Dataset old, Dataset d) {
                if (!session.isOpen(id)) {
                    session.datasetProperty().removeListener(this);
                } else if (d != null) {
                    session.datasetProperty().removeListener(this);
                    if (!"partial".equals(d.format())) { // not after the user cancelled loading A
                        compareWithB.accept(b);
                    }
                }
            }
        };
        session.datasetProperty().addListener(whenLoaded);
    }
}
