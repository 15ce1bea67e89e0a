package org.steplens.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Help ▸ Keyboard shortcuts: every menu accelerator, read from the menus themselves (so the list cannot drift from
 * the keys that work), then the keys of the modes that have no menu, as two aligned columns.
 */
final class ShortcutsDialog {
    /** Keys handled inside a mode rather than by a menu item. */
    static final List<String[]> MODE_KEYS = List.of(
            new String[] {"Ctrl+Y", "Redo (as on Windows)"},
            new String[] {"Space / → , ←", "Presenter: next beat, back"},
            new String[] {"R, B, Esc", "Presenter: reveal all, black screen, leave"},
            new String[] {"PgDn / PgUp", "Presenter: next / previous case of the deck"},
            new String[] {"Ctrl+= / Ctrl+-", "Presenter: zoom"},
            new String[] {"1 2 3 or - 0 +", "Review mode: rate the step"},
            new String[] {"U, T, N", "Review mode: unsure, tag, note"},
            new String[] {"↑ / ↓, J", "Review mode: previous / next step, next unreviewed"});

    private ShortcutsDialog() {
    }

    /** (keys, what they do) for every menu item with an accelerator, in menu order. */
    static List<String[]> menuShortcuts(MenuBar bar) {
        List<String[]> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, menu.getText(), rows);
        }
        return rows;
    }

    private static void collect(Menu menu, String path, List<String[]> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " ▸ " + sub.getText(), rows);
            } else if (!(item instanceof SeparatorMenuItem) && item.getAccelerator() != null) {
                rows.add(new String[] {item.getAccelerator().getDisplayText(), path + " ▸ " + plain(item.getText())});
            }
        }
    }

    /** "Undo rate step 3" → "Undo": the menu text may name the command at hand. */
    private static String plain(String text) {
        return text.startsWith("Undo ") ? "Undo" : text.startsWith("Redo ") ? "Redo" : text;
    }

    static void show(Window owner, MenuBar bar) {
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 8, 4, 0));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, what);
        int row = 0;
        List<String[]> all = new ArrayList<>(menuShortcuts(bar));
        all.addAll(MODE_KEYS);
        for (String[] r : all) {
            Label k = new Label(r[0]);
            k.getStyleClass().add("shortcut-keys");
            k.setMinWidth(Region.USE_PREF_SIZE);
            Label d = new Label(r[1]);
            d.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setValignment(k, VPos.TOP);
            grid.addRow(row++, k, d);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, all.size() * 24.0));
        scroll.setPrefViewportWidth(560);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setContent(scroll);
        a.setResizable(true);
        a.show();
    }
}
