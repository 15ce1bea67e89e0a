package org.steplens.ui.solution;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.steplens.ui.common.RichText;
import org.kordamp.ikonli.material2.Material2MZ;
import org.steplens.model.HumanRating;
import org.steplens.ui.common.Icons;
import org.steplens.ui.common.PrmColorScale;

/**
 * One step: its number, P(correct) as a coloured chip with the number in it, the human rating when there is one,
 * and the typeset text on a tint of the same colour. The first predicted error gets a thick outline and a banner
 * with an icon and words, so it does not depend on colour.
 */
final class StepView extends HBox {
    private final Label number = new Label();
    private final Label chip = new Label();
    private final Label human = new Label();
    private final Label banner = new Label("First incorrect step (predicted)", Icons.of(Material2MZ.WARNING, 16));
    private final Label humanBanner = new Label("Humans: first error here", Icons.of(Material2MZ.PERSON, 16));
    private final VBox body;
    private final Tooltip chipTip = new Tooltip();
    private StepRow row;
    private boolean concealed;

    /** Width of the number/probability/rating column, the same on every step so the texts line up. */
    static final double GUTTER = 84;
    private final RichText text;
    private final TextArea source = new TextArea();

    StepView(StepRow row, RichText text) {
        this.text = text;
        getStyleClass().add("step");
        setAlignment(Pos.TOP_LEFT);
        number.getStyleClass().add("step-number");
        chip.getStyleClass().add("prob-chip");
        chip.setTooltip(chipTip);
        human.getStyleClass().addAll("human-chip", "badge");
        banner.getStyleClass().add("first-error-banner");
        banner.setId("firstErrorBanner");
        humanBanner.getStyleClass().addAll("first-error-banner", "human-banner");
        banner.setMinWidth(Region.USE_PREF_SIZE);
        humanBanner.setMinWidth(Region.USE_PREF_SIZE);
        for (Label l : List.of(number, chip, human)) {
            l.setMinWidth(Region.USE_PREF_SIZE); // never "human…": the gutter is sized for the longest
        }
        VBox side = new VBox(4, number, chip, human);
        side.getStyleClass().add("step-gutter");
        side.setAlignment(Pos.TOP_LEFT);
        side.setMinWidth(GUTTER);
        side.setPrefWidth(GUTTER);
        side.setMaxWidth(GUTTER);
        text.setPadding(new Insets(1, 0, 0, 0));
        source.getStyleClass().add("step-source");
        source.setEditable(false);
        source.setWrapText(true);
        body = new VBox(4, text);
        HBox.setHgrow(body, Priority.ALWAYS);
        body.setMinWidth(0);
        getChildren().addAll(side, body);
        setContextMenu();
        // after the click: the scroll pane around the steps takes the focus on the press
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> requestFocus());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                StepCopy.toClipboard(text.text());
                e.consume();
            }
        });
        update(row);
    }

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private Runnable copySolution = () -> { };
    private Runnable copyProblem = () -> { };

    /** What "Copy solution" and "Copy problem" in the step's menu do. */
    void setCopyActions(Runnable solution, Runnable problem) {
        copySolution = solution;
        copyProblem = problem;
    }

    private void setContextMenu() {
        MenuItem step = new MenuItem("Copy step (text with LaTeX)");
        step.setAccelerator(COPY);
        step.setOnAction(e -> StepCopy.toClipboard(text.text()));
        MenuItem plain = new MenuItem("Copy step as plain text");
        plain.setOnAction(e -> StepCopy.toClipboard(StepCopy.plain(text.text())));
        MenuItem solution = new MenuItem("Copy whole solution");
        solution.setOnAction(e -> copySolution.run());
        MenuItem problem = new MenuItem("Copy problem");
        problem.setOnAction(e -> copyProblem.run());
        CheckMenuItem select = new CheckMenuItem("Show source to select text");
        select.setOnAction(e -> showSource(select.isSelected()));
        ContextMenu menu = new ContextMenu(step, plain, solution, problem, new SeparatorMenuItem(), select);
        setOnContextMenuRequested(e -> {
            menu.show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** Swaps the typeset text for its source in a read-only field where any part can be selected and copied. */
    void showSource(boolean value) {
        int at = body.getChildren().indexOf(value ? text : source);
        if (at >= 0) {
            if (value) {
                source.setText(text.text());
                source.setPrefRowCount((int) Math.min(20, Math.max(2, text.text().lines().count() + 1)));
            }
            body.getChildren().set(at, value ? source : text);
        }
    }

    RichText text() {
        return text;
    }

    StepRow row() {
        return row;
    }

    /** Blind review: hide the probability, tint, marks and labels (true) or show them again (false). */
    void conceal(boolean value) {
        concealed = value;
        update(row);
    }

    /** Marks the step the reviewer is rating. */
    void setReviewFocus(boolean value) {
        toggle("review-focus", value);
    }

    /** Applies probability, threshold and labels (the text stays). */
    void update(StepRow next) {
        this.row = next;
        setId("step-" + next.number());
        chip.setVisible(!concealed);
        chip.setManaged(!concealed);
        if (concealed) {
            number.setText("Step " + next.number());
            setStyle("");
            human.setVisible(false);
            human.setManaged(false);
            toggle("first-error", false);
            toggle("below-threshold", false);
            toggle("human-error", false);
            body.getChildren().removeAll(banner, humanBanner);
            setAccessibleText("Step " + next.number());
            return;
        }
        getProperties().put("probability", next.probability());
        number.setText("Step " + next.number());
        double p = next.probability();
        chip.setText(next.label());
        // inline styles: the stylesheet sets radii, and any CSS background property would replace a Background set in code
        chip.setStyle(PrmColorScale.cssChip(p));
        chipTip.setText(Double.isNaN(p) ? "Not scored" : String.format(Locale.ROOT, "P(correct) = %.4f", p)
                + (Double.isNaN(next.threshold()) ? "" : String.format(Locale.ROOT, " — %s the threshold %.2f",
                next.belowThreshold() ? "below" : "not below", next.threshold())));
        setStyle("-fx-background-color: " + PrmColorScale.cssTint(p) + ";");
        HumanRating h = next.human();
        human.setVisible(h != null);
        human.setManaged(h != null);
        if (h != null) {
            human.setText("human " + switch (h) {
                case POSITIVE -> "+1";
                case NEUTRAL -> "0";
                case NEGATIVE -> "−1";
            });
            human.getStyleClass().removeAll("success", "danger", "warning");
            human.getStyleClass().add(switch (h) {
                case POSITIVE -> "success";
                case NEUTRAL -> "warning";
                case NEGATIVE -> "danger";
            });
        }
        toggle("first-error", next.firstError());
        toggle("below-threshold", next.belowThreshold());
        toggle("human-error", next.humanFirstError());
        body.getChildren().removeAll(banner, humanBanner);
        if (next.humanFirstError()) {
            body.getChildren().add(0, humanBanner);
        }
        if (next.firstError()) {
            body.getChildren().add(0, banner);
        }
        setAccessibleText("Step " + next.number() + ", P(correct) " + next.label()
                + (next.firstError() ? ", first incorrect step" : ""));
    }

    private void toggle(String style, boolean on) {
        if (on && !getStyleClass().contains(style)) {
            getStyleClass().add(style);
        } else if (!on) {
            getStyleClass().remove(style);
        }
    }
}
