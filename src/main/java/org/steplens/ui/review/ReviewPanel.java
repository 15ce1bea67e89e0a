package org.steplens.ui.review;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steplens.review.SolutionReview;
import org.steplens.review.StepRating;
import org.steplens.review.Verdict;

/**
 * The review side panel: who reviews, blind mode, progress and the queue, the shown solution's steps with this
 * reviewer's ratings (and, once revealed, where the PRM disagrees), rating buttons, tags, notes and the verdict.
 * The keys (1/2/3 or -/0/+, U, T, N, arrows, J) work anywhere in the inspector while review mode is on.
 */
public final class ReviewPanel extends VBox {
    private final ReviewModel model;
    private final IntFunction<double[]> prmProbabilities;
    private final java.util.function.DoubleSupplier threshold;
    private final ObservableList<Integer> stepIndices = FXCollections.observableArrayList();
    private final ListView<Integer> steps = new ListView<>(stepIndices);
    private final MenuButton tags = new MenuButton("Tags");
    private final ComboBox<String> verdict = new ComboBox<>();
    private final ComboBox<String> follows = new ComboBox<>();
    private final TextArea solutionNote = new TextArea();
    private final Button next = new Button("Next unreviewed (J)");
    private final Button importButton = new Button("Import…");
    private final Button agreementButton = new Button("Agreement…");
    private boolean updating;

    /**
     * @param prmProbabilities the PRM's step probabilities of candidate i of the shown problem under the current
     *                         settings (null when unscored)
     * @param threshold        the current first-error threshold
     */
    public ReviewPanel(ReviewModel model, IntFunction<double[]> prmProbabilities, java.util.function.DoubleSupplier threshold) {
        this.model = model;
        this.prmProbabilities = prmProbabilities;
        this.threshold = threshold;
        getStyleClass().add("review-panel");
        setId("reviewPanel");
        setSpacing(8);

        ToggleButton mode = new ToggleButton("Review mode");
        mode.setId("reviewMode");
        mode.selectedProperty().bindBidirectional(model.reviewModeProperty());
        mode.setTooltip(new Tooltip("Rate steps with the keyboard: 1/2/3 or -/0/+, U unsure, T tag, N note, ↑/↓ step, "
                + "J next unreviewed (Ctrl+R)"));
        CheckBox blind = new CheckBox("Blind");
        blind.setId("blindMode");
        blind.selectedProperty().bindBidirectional(model.blindProperty());
        blind.setTooltip(new Tooltip("Hide scores, tints, picks and correctness until you have rated the solution"));
        HBox top = new HBox(8, mode, blind);
        top.setAlignment(Pos.CENTER_LEFT);

        TextField reviewer = new TextField();
        reviewer.setId("reviewer");
        reviewer.setPromptText("your name");
        reviewer.textProperty().bindBidirectional(model.reviewerProperty());
        Label reviewerLabel = new Label("Reviewer");
        reviewerLabel.setLabelFor(reviewer);
        HBox who = new HBox(6, reviewerLabel, reviewer);
        who.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(reviewer, Priority.ALWAYS);

        Label progress = new Label();
        progress.setId("reviewProgress");
        progress.getStyleClass().add("text-muted");
        progress.setWrapText(true);
        progress.textProperty().bind(model.progressProperty());
        next.setId("nextUnreviewed");
        next.setMaxWidth(Double.MAX_VALUE);

        steps.setId("reviewSteps");
        steps.setCellFactory(l -> new StepCell());
        steps.setPrefHeight(220);
        VBox.setVgrow(steps, Priority.ALWAYS);
        steps.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!updating && b.intValue() >= 0) {
                model.focusedStepProperty().set(b.intValue());
            }
        });
        model.focusedStepProperty().addListener((o, a, b) -> {
            updating = true;
            if (b.intValue() >= 0 && b.intValue() < stepIndices.size()) {
                steps.getSelectionModel().select(b.intValue());
                steps.scrollTo(b.intValue());
            } else {
                steps.getSelectionModel().clearSelection();
            }
            updating = false;
        });

        FlowPane rateRow = new FlowPane(4, 4, rateButton("−1", StepRating.NEGATIVE, "wrong (1 or -)"),
                rateButton("0", StepRating.NEUTRAL, "neutral: fine but not progress (2 or 0)"),
                rateButton("+1", StepRating.POSITIVE, "correct (3 or +)"),
                rateButton("?", StepRating.UNSURE, "unsure (U)"), tags, noteButton());
        tags.setId("reviewTags");
        tags.setOnShowing(e -> fillTags());

        verdict.setId("reviewVerdict");
        verdict.getItems().setAll("—", "correct reasoning", "first wrong step", "unsure");
        verdict.setMaxWidth(Double.MAX_VALUE);
        verdict.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.setVerdict(switch (b) {
                    case "correct reasoning" -> Verdict.CORRECT_REASONING;
                    case "first wrong step" -> Verdict.FIRST_WRONG_STEP;
                    case "unsure" -> Verdict.UNSURE;
                    default -> null;
                });
            }
        });
        follows.setId("reviewAnswerFollows");
        follows.getItems().setAll("—", "yes", "no");
        follows.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.setAnswerFollows(switch (b) {
                    case "yes" -> Boolean.TRUE;
                    case "no" -> Boolean.FALSE;
                    default -> null;
                });
            }
        });
        Label verdictLabel = new Label("Verdict");
        verdictLabel.setLabelFor(verdict);
        Label followsLabel = new Label("Answer follows from the steps");
        followsLabel.setLabelFor(follows);
        followsLabel.setWrapText(true);

        solutionNote.setId("solutionNote");
        solutionNote.setPromptText("A note on the whole solution");
        solutionNote.setPrefRowCount(3);
        solutionNote.setWrapText(true);
        solutionNote.focusedProperty().addListener((o, had, has) -> {
            if (had && !has) {
                model.setNote(org.steplens.review.ReviewTarget.WHOLE_SOLUTION, solutionNote.getText());
            }
        });

        Label location = new Label();
        location.getStyleClass().addAll("text-muted", "text-small");
        location.setWrapText(true);
        location.textProperty().bind(model.locationProperty().map(p -> p.isEmpty() ? "" : "Saved as you go to " + p));

        HBox tools = new HBox(6, importButton, agreementButton);
        getChildren().addAll(top, who, progress, next, steps, rateRow, verdictLabel, verdict, followsLabel, follows,
                solutionNote, tools, location);
        disableProperty().bind(model.storeProperty().isNull());

        model.currentProperty().addListener((o, a, b) -> refresh());
        model.session().candidate(0).addListener((o, a, b) -> refresh());
        model.session().problemProperty().addListener((o, a, b) -> refresh());
        model.concealedProperty().addListener((o, a, b) -> steps.refresh());
        // review mode takes the keyboard: the step list holds the focus, so the rating keys work at once
        model.reviewModeProperty().addListener((o, a, on) -> {
            if (on) {
                javafx.application.Platform.runLater(steps::requestFocus);
            }
        });
        refresh();
    }

    /** What the "Next unreviewed" button does (the inspector gives it the filtered, sorted problem list). */
    public void setOnNext(Runnable action) {
        next.setOnAction(e -> action.run());
    }

    public void setOnImport(Runnable action) {
        importButton.setOnAction(e -> action.run());
    }

    public void setOnAgreement(Runnable action) {
        agreementButton.setOnAction(e -> action.run());
    }

    /** Opens the tag menu (key T). */
    public void showTags() {
        tags.show();
    }

    /** Asks for the focused step's note (key N). */
    public void editNote() {
        int step = model.focusedStepProperty().get();
        String old = model.current().flatMap(r -> r.note(step)).orElse("");
        TextInputDialog dialog = new TextInputDialog(old);
        dialog.setTitle("Note");
        dialog.setHeaderText(step < 0 ? "Note on the solution" : "Note on step " + (step + 1));
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.showAndWait().ifPresent(text -> model.setNote(step, text));
    }

    private Button rateButton(String text, StepRating rating, String tip) {
        Button b = new Button(text);
        b.setId("rate-" + rating.name().toLowerCase(Locale.ROOT));
        b.setTooltip(new Tooltip("Rate the focused step " + tip));
        b.setOnAction(e -> model.rateFocused(rating));
        b.setMinWidth(38);
        return b;
    }

    private Button noteButton() {
        Button b = new Button("Note…");
        b.setTooltip(new Tooltip("Note on the focused step (N)"));
        b.setOnAction(e -> editNote());
        return b;
    }

    private void fillTags() {
        tags.getItems().clear();
        var store = model.store();
        if (store == null) {
            return;
        }
        int step = model.focusedStepProperty().get();
        java.util.Set<String> on = model.current().map(r -> r.tags(step)).orElse(java.util.Set.of());
        for (String tag : store.state().tagVocabulary()) {
            CheckMenuItem item = new CheckMenuItem(tag);
            item.setSelected(on.contains(tag));
            item.setOnAction(e -> model.toggleTag(tag));
            tags.getItems().add(item);
        }
        MenuItem add = new MenuItem("New tag…");
        add.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.setTitle("New tag");
            dialog.setHeaderText("A tag of your own");
            dialog.initOwner(getScene() == null ? null : getScene().getWindow());
            dialog.showAndWait().ifPresent(model::toggleTag);
        });
        tags.getItems().addAll(new SeparatorMenuItem(), add);
    }

    private void refresh() {
        updating = true;
        var key = model.currentKey();
        var problem = model.session().problem();
        int n = key == null || problem == null || key.solution() >= problem.solutionCount() ? 0
                : problem.solution(key.solution()).stepCount();
        if (stepIndices.size() != n) {
            stepIndices.setAll(java.util.stream.IntStream.range(0, n).boxed().toList());
        }
        steps.refresh();
        SolutionReview r = model.current().orElse(null);
        verdict.setValue(r == null || r.verdict().isEmpty() ? "—" : switch (r.verdict().get()) {
            case CORRECT_REASONING -> "correct reasoning";
            case FIRST_WRONG_STEP -> "first wrong step";
            case UNSURE -> "unsure";
        });
        follows.setValue(r == null || r.answerFollows().isEmpty() ? "—" : r.answerFollows().get() ? "yes" : "no");
        if (!solutionNote.isFocused()) {
            solutionNote.setText(r == null ? "" : r.note(org.steplens.review.ReviewTarget.WHOLE_SOLUTION).orElse(""));
        }
        int focus = model.focusedStepProperty().get();
        if (focus >= 0 && focus < n) {
            steps.getSelectionModel().select(focus);
        }
        updating = false;
    }

    /** A step: number, this reviewer's rating, tags and note; once revealed, the PRM's view where it differs. */
    private final class StepCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer step, boolean empty) {
            super.updateItem(step, empty);
            getStyleClass().removeAll("differs", "rated-negative", "rated-positive");
            if (empty || step == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            SolutionReview r = model.current().orElse(null);
            StepRating rating = r == null ? null : r.rating(step).orElse(null);
            StringBuilder text = new StringBuilder("Step " + (step + 1) + "   "
                    + (rating == null ? "·" : rating.label()));
            if (r != null && !r.tags(step).isEmpty()) {
                text.append("   [").append(String.join(", ", r.tags(step))).append(']');
            }
            if (r != null && r.note(step).isPresent()) {
                text.append("   ✎");
            }
            var key = model.currentKey();
            double[] p = key == null || model.concealedProperty().get() ? null : prmProbabilities.apply(key.solution());
            if (p != null && step < p.length && !Double.isNaN(p[step])) {
                boolean prmSaysRight = p[step] >= threshold.getAsDouble();
                text.append(String.format(Locale.ROOT, "   PRM %.2f", p[step]));
                if (rating == StepRating.NEGATIVE && prmSaysRight || rating == StepRating.POSITIVE && !prmSaysRight) {
                    text.append("  ≠ you");
                    getStyleClass().add("differs");
                }
            }
            if (rating == StepRating.NEGATIVE) {
                getStyleClass().add("rated-negative");
            } else if (rating == StepRating.POSITIVE) {
                getStyleClass().add("rated-positive");
            }
            setText(text.toString());
        }
    }

    List<Integer> shownSteps() {
        return List.copyOf(stepIndices);
    }
}
