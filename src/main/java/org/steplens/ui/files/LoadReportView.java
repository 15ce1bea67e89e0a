package org.steplens.ui.files;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.steplens.io.LoadError;
import org.steplens.ui.common.Theme;

/** The load report: every record that could not be read, as {@code file:line: reason}. */
public final class LoadReportView {
    private LoadReportView() {
    }

    public static Stage show(Window owner, ObservableList<LoadError> errors) {
        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> errors.isEmpty()
                ? "Every record was read." : String.format(Locale.ROOT, "%,d record%s could not be read; everything else loaded.",
                errors.size(), errors.size() == 1 ? "" : "s"), errors));
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
        VBox root = new VBox(10, heading, list, buttons);
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root, 760, 420);
        scene.getStylesheets().add(Theme.stylesheetUrl());
        stage.setScene(scene);
        stage.setTitle("Load report");
        stage.initOwner(owner);
        stage.show();
        return stage;
    }
}
