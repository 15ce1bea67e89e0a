package org.steplens.ui.bestofn;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.steplens.model.ScorerNames;
import org.steplens.select.BestOfNSettings;
import org.steplens.select.PrmAggregation;
import org.steplens.select.SelectionMethod;
import org.steplens.ui.analysis.MethodLabels;

/**
 * The dashboard's settings, always in view: methods, N grid, trials, seed, aggregation and scorers. Every
 * committed change (a tick, a choice, Enter or leaving a text field) is passed on at once; text that does not
 * parse is marked and not passed on.
 */
final class SettingsBar extends FlowPane {
    private static final String ERROR_STYLE = "-fx-border-color: #d55e00; -fx-border-width: 2;";

    private final Map<SelectionMethod, CheckBox> methods = new EnumMap<>(SelectionMethod.class);
    private final TextField nGrid = new TextField();
    private final Spinner<Integer> trials = new Spinner<>(1, 100_000, BestOfNSettings.PAPER_TRIALS, 50);
    private final TextField seed = new TextField("0");
    private final ComboBox<String> aggregation = new ComboBox<>();
    private final ComboBox<String> prmScorer = new ComboBox<>();
    private final ComboBox<String> ormScorer = new ComboBox<>();
    private final Consumer<DashboardSettings> onChange;
    private DashboardSettings current;
    private DatasetFacts shownFacts;
    private boolean updating;

    SettingsBar(Consumer<DashboardSettings> onChange) {
        this.onChange = onChange;
        setHgap(14);
        setVgap(6);
        setPadding(new Insets(8, 10, 8, 10));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("bestofn-settings");

        HBox methodBox = new HBox(8, new Label("Methods"));
        methodBox.setAlignment(Pos.CENTER_LEFT);
        for (SelectionMethod m : SelectionMethod.values()) {
            CheckBox box = new CheckBox(m.id());
            box.setId("method-" + m.id());
            box.setTooltip(new Tooltip(MethodLabels.description(m)));
            box.selectedProperty().addListener((o, a, b) -> commit());
            methods.put(m, box);
            methodBox.getChildren().add(box);
        }
        nGrid.setId("n-grid");
        nGrid.setPrefColumnCount(12);
        nGrid.setMinWidth(Region.USE_PREF_SIZE);
        nGrid.setTooltip(new Tooltip("N values, comma-separated, e.g. 10,25,50,100"));
        nGrid.setOnAction(e -> commit());
        nGrid.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        trials.setId("trials");
        trials.setEditable(true);
        trials.setPrefWidth(110);
        trials.setMinWidth(Region.USE_PREF_SIZE);
        trials.valueProperty().addListener((o, a, b) -> commit());
        seed.setId("seed");
        seed.setPrefColumnCount(6);
        seed.setOnAction(e -> commit());
        seed.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        aggregation.setId("aggregation");
        for (PrmAggregation.Reduction r : PrmAggregation.Reduction.values()) {
            for (PrmAggregation.NeutralPolicy p : PrmAggregation.NeutralPolicy.values()) {
                aggregation.getItems().add(new PrmAggregation(r, p).label());
            }
        }
        aggregation.setOnAction(e -> commit());
        prmScorer.setId("prm-scorer");
        prmScorer.setOnAction(e -> commit());
        ormScorer.setId("orm-scorer");
        ormScorer.setOnAction(e -> commit());

        getChildren().addAll(methodBox, labelled("N", nGrid), labelled("Trials", trials), labelled("Seed", seed),
                labelled("PRM aggregation", aggregation), labelled("PRM scorer", prmScorer),
                labelled("ORM scorer", ormScorer));
    }

    /** Shows {@code settings} without reporting a change. */
    void show(DatasetFacts facts, DashboardSettings settings) {
        updating = true;
        try {
            current = settings;
            methods.forEach((m, box) -> box.setSelected(settings.methods().contains(m)));
            nGrid.setText(settings.nGridText());
            // the whole grid stays readable: the paper's 14 values need 53 characters
            nGrid.setPrefColumnCount(Math.max(12, Math.min(60, settings.nGridText().length() + 2)));
            nGrid.setStyle("");
            trials.getValueFactory().setValue(settings.trials());
            seed.setText(Long.toString(settings.seed()));
            aggregation.getSelectionModel().select(settings.aggregation().label());
            if (facts != shownFacts) {
                shownFacts = facts;
                offerScorers(facts);
            }
            selectIfOffered(prmScorer, settings.prmScorer());
            selectIfOffered(ormScorer, settings.ormScorer());
        } finally {
            updating = false;
        }
    }

    /**
     * Offers only the scorers the data has (a released solution-level "prm" score counts for the PRM). With none,
     * the box says so and the methods that need it cannot be ticked.
     */
    private void offerScorers(DatasetFacts facts) {
        Set<String> step = new LinkedHashSet<>(facts.stepScorers());
        if (facts.solutionScorers().contains(ScorerNames.PRM)) {
            step.add(ScorerNames.PRM);
        }
        offer(prmScorer, step, "no PRM scores in this file",
                List.of(SelectionMethod.PRM, SelectionMethod.PRM_WEIGHTED_MAJORITY));
        offer(ormScorer, new LinkedHashSet<>(facts.solutionScorers()), "no ORM scores in this file",
                List.of(SelectionMethod.ORM, SelectionMethod.ORM_WEIGHTED_MAJORITY));
    }

    private void offer(ComboBox<String> box, Set<String> names, String none, List<SelectionMethod> needing) {
        box.getItems().setAll(names);
        box.setDisable(names.isEmpty());
        box.setPromptText(names.isEmpty() ? "none" : null);
        box.setTooltip(names.isEmpty() ? new Tooltip(none) : null);
        for (SelectionMethod m : needing) {
            CheckBox check = methods.get(m);
            check.setDisable(names.isEmpty());
            check.setTooltip(new Tooltip(names.isEmpty() ? none : MethodLabels.description(m)));
        }
    }

    private void commit() {
        if (updating || current == null) {
            return;
        }
        List<SelectionMethod> chosen = new ArrayList<>();
        methods.forEach((m, box) -> {
            if (box.isSelected()) {
                chosen.add(m);
            }
        });
        // keep the order the user already had, new methods at the end
        List<SelectionMethod> ordered = new ArrayList<>(current.methods());
        ordered.retainAll(chosen);
        chosen.stream().filter(m -> !ordered.contains(m)).forEach(ordered::add);
        int[] n;
        try {
            n = BestOfNSettings.parseNValues(nGrid.getText());
            nGrid.setStyle("");
            nGrid.setTooltip(new Tooltip("N values, comma-separated, e.g. 10,25,50,100"));
        } catch (IllegalArgumentException e) {
            markError(nGrid, e.getMessage());
            return;
        }
        long seedValue;
        try {
            seedValue = Long.parseLong(seed.getText().trim());
            seed.setStyle("");
        } catch (NumberFormatException e) {
            markError(seed, "the seed must be a whole number, got '" + seed.getText() + "'");
            return;
        }
        DashboardSettings next = current.withMethods(ordered).withNValues(n).withTrials(trials.getValue())
                .withSeed(seedValue)
                .withAggregation(PrmAggregation.parse(aggregation.getValue() == null
                        ? current.aggregation().label() : aggregation.getValue()))
                .withScorers(prmScorer.getValue() == null ? current.prmScorer() : prmScorer.getValue(),
                        ormScorer.getValue() == null ? current.ormScorer() : ormScorer.getValue());
        current = next;
        onChange.accept(next);
    }

    private static void selectIfOffered(ComboBox<String> box, String name) {
        if (box.getItems().contains(name)) {
            box.getSelectionModel().select(name);
        } else {
            box.getSelectionModel().clearSelection();
        }
    }

    private static void markError(TextField field, String message) {
        field.setStyle(ERROR_STYLE);
        field.setTooltip(new Tooltip(message));
    }

    private static HBox labelled(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
