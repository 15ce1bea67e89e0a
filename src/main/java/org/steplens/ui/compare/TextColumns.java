package org.steplens.ui.compare;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** A read-only table column of text computed from the row (the comparison windows' tables). */
final class TextColumns {
    private TextColumns() {
    }

    static <R> TableColumn<R, String> of(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
