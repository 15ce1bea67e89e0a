package org.steplens.ui.present;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.steplens.model.HumanRating;
import org.steplens.ui.common.PrmColorScale;
import org.steplens.ui.solution.StepRow;

/**
 * One step on the presenter's screen. Hidden until its beat; then its text; then its probability chip and tint;
 * the first predicted error's frame and label on their own beat; the human label in the finale.
 */
final class PresenterStep extends HBox {
    private final StepRow row;
    private final Label chip = new Label();
    private final Label errorLabel = new Label("First incorrect step (predicted)");
    private final Label human = new Label();

    PresenterStep(StepRow row, TextFlow text) {
        this.row = row;
        getStyleClass().add("presenter-step");
        setId("presenterStep-" + row.number());
        setAlignment(Pos.TOP_LEFT);
        Label number = new Label(Integer.toString(row.number()));
        number.getStyleClass().add("presenter-step-number");
        double p = row.probability();
        chip.setText(PrmColorScale.label(p));
        chip.getStyleClass().add("presenter-chip");
        chip.setStyle(PrmColorScale.cssChip(p));
        errorLabel.getStyleClass().add("presenter-error-label");
        human.getStyleClass().addAll("presenter-human", "badge");
        human.setText(humanText(row.human()));
        VBox body = new VBox(text, errorLabel);
        body.setMinWidth(0);
        HBox.setHgrow(body, Priority.ALWAYS);
        VBox side = new VBox(chip, human);
        side.getStyleClass().add("presenter-side");
        getChildren().addAll(number, body, side);
    }

    int index() {
        return row.index();
    }

    /** Applies what the reveal shows of this step. */
    void show(boolean text, boolean probability, boolean firstErrorShown, boolean finale) {
        setVisible(text);
        setManaged(text);
        chip.setVisible(probability);
        setStyle(probability ? "-fx-background-color: " + PrmColorScale.cssTint(row.probability()) + ";" : "");
        boolean frame = row.firstError() && firstErrorShown;
        errorLabel.setVisible(frame);
        errorLabel.setManaged(frame);
        if (frame && !getStyleClass().contains("first-error")) {
            getStyleClass().add("first-error");
        } else if (!frame) {
            getStyleClass().remove("first-error");
        }
        boolean humanShown = finale && row.human() != null;
        human.setVisible(humanShown);
        human.setManaged(humanShown);
    }

    boolean chipVisible() {
        return chip.isVisible();
    }

    boolean errorLabelVisible() {
        return errorLabel.isVisible();
    }

    boolean humanVisible() {
        return human.isVisible();
    }

    private static String humanText(HumanRating h) {
        if (h == null) {
            return "";
        }
        return "human " + switch (h) {
            case POSITIVE -> "+1";
            case NEUTRAL -> "0";
            case NEGATIVE -> "−1";
        };
    }
}
