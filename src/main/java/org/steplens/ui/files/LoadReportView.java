package org.steplens.ui.files;

import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.steplens.io.LoadError;
import org.steplens.ui.common.Theme;

/** The load report: every record that could not be read, as {@code file:line: reason}. Esc closes it. */
public final class LoadReportView {
    private LoadReportView() {
    }

    /**
     * @param heading what the load read: "n records could not be read; everything else loaded", or that nothing
     *                could be read and why (see {@link MainViewModel#reportHeadingProperty()})
     */
    public static Stage show(Window owner, ObservableList<LoadError> errors, ObservableValue<String> heading) {
        Label title = new Label();
        title.setId("loadReportHeading");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        title.textProperty().bind(heading);
        ListView<LoadError> list = new ListView<>(errors);
        list.setId("loadReportList");
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(LoadError e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.message());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button copy = new Button("Copy all");
        copy.setOnAction(a -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(errors.stream().map(LoadError::message).collect(Collectors.joining("\n")));
            Clipboard.getSystemClipboard().setContent(c);
        });
        Stage stage = new Stage();
        Button close = new Button("Close");
        close.setOnAction(a -> stage.close());
        close.setDefaultButton(true);
        HBox buttons = new HBox(8, copy, close);
        VBox root = new VBox(10, title, list, buttons);
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root, 760, 420);
        scene.getStylesheets().add(Theme.stylesheetUrl());
        // a filter: the list would take Esc for itself before a handler saw it
        scene.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                k.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setTitle("Load report");
        stage.initOwner(owner);
        stage.show();
        return stage;
    }
}
