package org.steplens.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files opened most recently, newest first, kept in the user's preferences. */
public final class RecentFiles {
    private static final int LIMIT = 10;
    private static final String KEY = "recent.";

    private final Preferences store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    /** @param store where to keep the list; tests pass a node of their own */
    public RecentFiles(Preferences store) {
        this.store = store;
        for (int i = 0; i < LIMIT; i++) {
            String v = store.get(KEY + i, null);
            if (v != null) {
                files.add(Path.of(v));
            }
        }
    }

    public ObservableList<Path> files() {
        return files;
    }

    public void add(List<Path> opened) {
        List<Path> next = new ArrayList<>();
        for (Path p : opened) {
            next.add(p.toAbsolutePath().normalize());
        }
        for (Path p : files) {
            if (!next.contains(p) && next.size() < LIMIT) {
                next.add(p);
            }
        }
        files.setAll(next);
        for (int i = 0; i < LIMIT; i++) {
            if (i < next.size()) {
                store.put(KEY + i, next.get(i).toString());
            } else {
                store.remove(KEY + i);
            }
        }
    }
}
