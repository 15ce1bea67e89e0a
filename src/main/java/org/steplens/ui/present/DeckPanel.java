package org.steplens.ui.present;

import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.steplens.deck.DeckCase;
import org.steplens.ui.common.Icons;

/**
 * The deck: its cases in order, with buttons (and keys: Alt+↑/↓ move, Delete removes, Enter annotates) to reorder,
 * annotate and remove them; each change is an undoable command through the {@link DeckModel}. Double-click shows
 * a case.
 */
public final class DeckPanel extends VBox {
    private final DeckModel model;
    private final ListView<DeckCase> list = new ListView<>();

    public DeckPanel(DeckModel model) {
        this.model = model;
        setId("deckPanel");
        getStyleClass().add("deck-panel");
        setSpacing(6);
        setPadding(new javafx.geometry.Insets(8));
        list.setId("deckList");
        list.setCellFactory(v -> new CaseCell());
        model.deckProperty().addListener((o, a, d) -> {
            int selected = list.getSelectionModel().getSelectedIndex();
            list.getItems().setAll(d.cases());
            list.getSelectionModel().select(Math.min(selected, d.size() - 1));
        });
        list.getItems().setAll(model.deck().cases());
        list.setPlaceholder(new Label("No cases yet: Ctrl+B bookmarks the shown candidate."));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button up = button(Icons.of(Material2AL.ARROW_UPWARD), "Move up (Alt+↑)", () -> move(-1));
        Button down = button(Icons.of(Material2AL.ARROW_DOWNWARD), "Move down (Alt+↓)", () -> move(1));
        Button note = button(Icons.of(Material2AL.EDIT), "Note (Enter)", this::annotate);
        Button remove = button(Icons.of(Material2AL.DELETE), "Remove (Delete)", this::remove);
        Button show = button(Icons.of(Material2MZ.PLAY_ARROW), "Show this case", this::showSelected);
        for (Button b : new Button[]{up, down, note, remove, show}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        Button pdf = new Button("Export PDF…", Icons.of(Material2MZ.PICTURE_AS_PDF));
        pdf.setId("exportDeckPdf");
        pdf.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(list.getItems()));
        pdf.setOnAction(e -> org.steplens.ui.common.SaveDialog.choose(this, deckStem(), "pdf").ifPresent(model::exportPdf));
        Button cards = new Button("Cards…", Icons.of(Material2AL.IMAGE));
        cards.setTooltip(new javafx.scene.control.Tooltip("Each case as a PNG and an SVG card, into a folder"));
        cards.disableProperty().bind(pdf.disableProperty());
        cards.setOnAction(e -> chooseCardFolder());
        HBox bar = new HBox(4, new Label("Deck"), up, down, note, remove, show, pdf, cards);
        bar.setAlignment(Pos.CENTER_LEFT);
        list.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case UP -> { if (e.isAltDown()) { move(-1); e.consume(); } }
                case DOWN -> { if (e.isAltDown()) { move(1); e.consume(); } }
                case DELETE, BACK_SPACE -> { remove(); e.consume(); }
                case ENTER -> { annotate(); e.consume(); }
                default -> { }
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                showSelected();
            }
        });
        getChildren().addAll(bar, list);
    }

    private static Button button(javafx.scene.Node icon, String tip, Runnable action) {
        Button b = new Button(null, icon);
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void chooseCardFolder() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Choose an empty folder for the cards");
        java.io.File folder = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (folder != null) {
            model.exportCards(folder.toPath());
        }
    }

    private String deckStem() {
        Path f = model.file();
        return f == null ? "deck" : f.getFileName().toString().replace(".json", "");
    }

    private void move(int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0 && i + by >= 0 && i + by < model.deck().size()) {
            model.move(i, i + by);
            list.getSelectionModel().select(i + by);
        }
    }

    private void remove() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            model.remove(i);
        }
    }

    private void showSelected() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            model.show(i);
        }
    }

    private void annotate() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i < 0) {
            return;
        }
        TextInputDialog ask = new TextInputDialog(model.deck().get(i).note());
        ask.initOwner(getScene() == null ? null : getScene().getWindow());
        ask.setTitle("Note");
        ask.setHeaderText("Note for case " + (i + 1) + " (shown in exports)");
        ask.showAndWait().ifPresent(text -> model.annotate(i, text.strip()));
    }

    private static final class CaseCell extends ListCell<DeckCase> {
        @Override
        protected void updateItem(DeckCase c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                return;
            }
            setText(String.format(Locale.ROOT, "%d. %s · candidate %d · %s @ %.2f%s", getIndex() + 1, c.problemId(),
                    c.candidate() + 1, c.scorer(), c.threshold(), c.note().isEmpty() ? "" : "\n    " + c.note()));
        }
    }
}
