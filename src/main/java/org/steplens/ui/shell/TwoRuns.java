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
        // A becomes the document only once it yields a problem (a file nothing can be read from leaves the open one),
        // so wait for the first new document: if it is A, compare once A has loaded; if it is anything else (the user
        // opened another file first, or A never opened), forget B
        if (readyToCompare(session, before, a)) {
            compareWithB.accept(b);
            return;
        }
        ChangeListener<Dataset> whenLoaded = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Dataset> o, Dataset old, Dataset d) {
                if (session.documentId() == before || d == null) {
                    return; // A has not replaced the open document yet
                }
                session.datasetProperty().removeListener(this);
                if (readyToCompare(session, before, a)) {
                    compareWithB.accept(b);
                }
            }
        };
        session.datasetProperty().addListener(whenLoaded);
    }

    /** Whether A is now the open document and fully loaded (not a "partial" one the user stopped). */
    private static boolean readyToCompare(Session session, long before, Path a) {
        Dataset d = session.dataset();
        return session.documentId() != before && d != null && session.files().equals(List.of(a))
                && !"partial".equals(d.format());
    }
}
