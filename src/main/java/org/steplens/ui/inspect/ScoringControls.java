package org.steplens.ui.inspect;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.steplens.select.PrmAggregation.Reduction;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.session.Session;

/**
 * Step scorer, aggregation, neutral handling and the first-error threshold. Every change is an undoable settings
 * change of the session (one per slider drag); recolouring and re-selecting happen in the background, latest wins.
 */
public final class ScoringControls extends HBox {
    private final Session session;
    private final Slider threshold = new Slider(0, 1, 0.5);
    private final ObservableList<String> scorers = FXCollections.observableArrayList("prm");
    private final ComboBox<String> scorer = new ComboBox<>(scorers);
    private boolean syncing;
    /** The current slider drag: its changes merge into one undo step. */
    private Object drag;

    public ScoringControls(Session session) {
        this.session = session;
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("scoring-controls");

        scorer.setId("scorer");
        scorer.setTooltip(new Tooltip("Which step scorer colours the steps"));
        ComboBox<Reduction> aggregation = new ComboBox<>(FXCollections.observableArrayList(Reduction.values()));
        aggregation.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Reduction r) {
                return r == null ? "" : switch (r) {
                    case PRODUCT -> "Product";
                    case MIN -> "Minimum";
                    case LAST -> "Last step";
                };
            }

            @Override
            public Reduction fromString(String s) {
                return null;
            }
        });
        aggregation.setId("aggregation");
        aggregation.setTooltip(new Tooltip("How step probabilities become a solution's PRM score"));
        CheckBox neutral = new CheckBox("Neutral counts as correct");
        neutral.setId("neutralPositive");
        neutral.setTooltip(new Tooltip("Three-way PRMs: P(correct) = P(+1) + P(0) when ticked, P(+1) otherwise"));
        threshold.setId("threshold");
        threshold.setPrefWidth(160);
        threshold.setBlockIncrement(0.05);
        threshold.setMajorTickUnit(0.25);
        threshold.setTooltip(new Tooltip("A step with P(correct) below this is predicted incorrect"));
        Label value = new Label();
        value.setId("thresholdValue");
        value.setMinWidth(34);
        value.textProperty().bind(threshold.valueProperty().asString(Locale.ROOT, "%.2f"));

        Runnable pull = () -> {
            AnalysisSettings s = session.settings();
            syncing = true;
            if (!scorers.contains(s.stepScorer())) {
                scorers.add(s.stepScorer());
            }
            scorer.setValue(s.stepScorer());
            aggregation.setValue(s.reduction());
            neutral.setSelected(s.neutralAsPositive());
            threshold.setValue(s.threshold());
            syncing = false;
        };
        pull.run();
        session.settingsProperty().addListener((o, a, b) -> pull.run());
        scorer.valueProperty().addListener((o, a, b) -> push(() -> b == null ? session.settings() : session.settings().withStepScorer(b)));
        aggregation.valueProperty().addListener((o, a, b) -> push(() -> b == null ? session.settings() : session.settings().withReduction(b)));
        neutral.selectedProperty().addListener((o, a, b) -> push(() -> session.settings().withNeutralAsPositive(b)));
        threshold.valueChangingProperty().addListener((o, was, now) -> {
            if (now) {
                drag = new Object();
            } else {
                // the release may still move the value in this pulse: end the drag after it
                javafx.application.Platform.runLater(() -> drag = threshold.isValueChanging() ? drag : null);
            }
        });
        threshold.valueProperty().addListener((o, a, b) -> push(() -> session.settings().withThreshold(
                Math.round(b.doubleValue() * 100) / 100.0)));

        getChildren().addAll(small("Scorer"), scorer, small("Aggregation"), aggregation, neutral,
                small("Threshold"), threshold, value);
    }

    private void push(java.util.function.Supplier<AnalysisSettings> next) {
        if (!syncing) {
            AnalysisSettings s = next.get();
            session.changeSettings(s, drag);
        }
    }

    /** The step scorers the open file offers. */
    public void setScorers(java.util.Collection<String> names) {
        String current = session.settings().stepScorer();
        syncing = true;
        scorers.setAll(names.isEmpty() ? java.util.List.of("prm") : names);
        if (!scorers.contains(current)) {
            scorers.add(0, current);
        }
        // replacing the items clears the box's value (and re-choosing the same index fires nothing): show it again
        scorer.getSelectionModel().clearSelection();
        scorer.setValue(current);
        syncing = false;
    }

    public Slider thresholdSlider() {
        return threshold;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
