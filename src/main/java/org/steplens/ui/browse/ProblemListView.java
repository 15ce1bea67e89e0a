package org.steplens.ui.browse;

import java.util.Locale;
import atlantafx.base.controls.CustomTextField;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.steplens.grade.LatexToText;
import org.steplens.model.Problem;
import org.steplens.ui.session.ProblemFlags;
import org.steplens.ui.common.Icons;

/** Search, filters and the (virtualised) list of problems. */
public final class ProblemListView extends VBox {
    private final ProblemListViewModel vm;
    private final CustomTextField search = new CustomTextField();
    private final ListView<ProblemItem> list = new ListView<>();
    private final javafx.scene.control.Button addToDeck = new javafx.scene.control.Button("Add to deck",
            Icons.of(org.kordamp.ikonli.material2.Material2AL.BOOKMARKS));
    private final javafx.beans.property.BooleanProperty deckOffered = new javafx.beans.property.SimpleBooleanProperty();

    public ProblemListView(ProblemListViewModel vm) {
        this.vm = vm;
        getStyleClass().add("problem-list-view");
        setMinWidth(260);

        Label title = new Label("Problems");
        title.getStyleClass().add("pane-title");
        Label count = new Label();
        count.setId("problemCount");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(vm.countProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(title, gap, count);
        header.getStyleClass().add("pane-header");

        search.setId("search");
        search.setPromptText("Search id, text, answer");
        search.setTooltip(new Tooltip("Every word must occur in the id, subject, dataset, text or answer (Ctrl+F; Esc clears)"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setLeft(Icons.of(Material2MZ.SEARCH));
        search.setRight(clearButton());
        search.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                k.consume();
            } else if (k.getCode() == KeyCode.DOWN) {
                list.requestFocus(); // from the search straight into the results
                k.consume();
            }
        });

        ComboBox<String> subject = combo("subjectFilter", vm.subjects(), "Subject");
        subject.valueProperty().bindBidirectional(vm.subjectProperty());
        ComboBox<String> level = combo("levelFilter", vm.levels(), "Level");
        level.valueProperty().bindBidirectional(vm.levelProperty());
        ComboBox<String> source = combo("sourceFilter", vm.sources(), "Dataset");
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        ComboBox<ProblemSort> sort = new ComboBox<>();
        sort.setId("sort");
        sort.getItems().setAll(ProblemSort.values());
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        sort.setMaxWidth(Double.MAX_VALUE);
        sort.setMinWidth(0);
        sort.setTooltip(new Tooltip("Order of the list; PRM orders follow the scorer, aggregation and threshold"));

        // one facet a row, the box taking the rest of the width: nothing is cut when the pane is narrow
        GridPane facets = new GridPane();
        facets.setId("facets");
        facets.setHgap(6);
        facets.setVgap(6);
        facets.addRow(0, small("Subject", subject), subject);
        facets.addRow(1, small("Level", level), level);
        facets.addRow(2, small("Dataset", source), source);
        facets.addRow(3, small("Sort", sort), sort);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setMinWidth(0);
        field.setFillWidth(true);
        facets.getColumnConstraints().setAll(label, field);

        FlowPane flags = new FlowPane(8, 4,
                check("filterDisagree", "Methods disagree", vm.methodsDisagreeProperty(),
                        "The PRM's pick is right where majority vote's or the ORM's is wrong, or the reverse"),
                check("filterConvincing", "Convincing wrong answer", vm.convincingWrongAnswerProperty(),
                        "A wrong answer whose PRM score reaches the threshold"),
                check("filterRightWrong", "Right answer, wrong step", vm.rightAnswerWrongStepProperty(),
                        "A correct answer with a wrong step: labelled by humans, else predicted by the PRM"),
                check("filterHuman", "Has human labels", vm.humanLabelsProperty(), "Some candidate has human step ratings"));
        Label firstError = new Label("PRM vs labelled first error:");
        firstError.getStyleClass().addAll("small", "text-muted");
        FlowPane mismatches = new FlowPane(8, 4, firstError,
                check("filterMisses", "misses it", vm.prmMissesFirstErrorProperty(),
                        "A labelled first error (human or dataset label) that the PRM does not put on that step"),
                check("filterEarly", "too early", vm.prmFlagsTooEarlyProperty(),
                        "The PRM flags a step before the labelled first error (or in a solution labelled correct)"),
                check("filterLate", "too late", vm.prmFlagsTooLateProperty(),
                        "The PRM flags a step after the labelled first error, or none at all"));
        mismatches.setId("firstErrorFilters");

        addToDeck.setId("addFilteredToDeck");
        addToDeck.setTooltip(new Tooltip("Adds every listed problem's failing candidate to the deck, in one undoable step"));
        addToDeck.textProperty().bind(javafx.beans.binding.Bindings.size(vm.visible()).asString("Add %d to deck"));
        // shown on a row of its own while a failure filter is on (and the window offers decks)
        addToDeck.visibleProperty().bind(deckOffered.and(vm.methodsDisagreeProperty()
                .or(vm.convincingWrongAnswerProperty()).or(vm.rightAnswerWrongStepProperty())
                .or(vm.prmMissesFirstErrorProperty()).or(vm.prmFlagsTooEarlyProperty())
                .or(vm.prmFlagsTooLateProperty())));
        addToDeck.managedProperty().bind(addToDeck.visibleProperty());
        addToDeck.disableProperty().bind(vm.flagsReadyProperty().not().or(javafx.beans.binding.Bindings.isEmpty(vm.visible())));

        VBox controls = new VBox(8, search, facets, flags, mismatches, addToDeck);
        controls.setPadding(new Insets(8, 10, 8, 10));

        list.setId("problemList");
        list.setItems(vm.visible());
        list.setFixedCellSize(66);
        list.setCellFactory(v -> new ProblemCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> showSelected(now));
        vm.visible().addListener((javafx.collections.ListChangeListener<ProblemItem>) c -> showSelected(vm.selectedProperty().get()));
        Label empty = new Label();
        empty.setId("problemListEmpty");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        empty.setPadding(new Insets(12));
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.total() == 0
                ? "No problems yet."
                : "No problems match. Clear the search or filters.", vm.countProperty()));
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, controls, list);
    }

    private void showSelected(ProblemItem item) {
        if (item == null) {
            return;
        }
        if (list.getSelectionModel().getSelectedItem() != item) {
            list.getSelectionModel().select(item);
        }
        int at = list.getSelectionModel().getSelectedIndex();
        if (at >= 0) {
            scrollIntoView(at);
        }
    }

    private void scrollIntoView(int index) {
        var skin = (javafx.scene.control.skin.ListViewSkin<?>) list.getSkin();
        if (skin == null) {
            list.scrollTo(index);
            return;
        }
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null
                || index < flow.getFirstVisibleCell().getIndex() || index >= flow.getLastVisibleCell().getIndex()) {
            list.scrollTo(Math.max(0, index - 2));
        }
    }

    /** Shows "Add to deck" beside the failure filters; {@code action} adds the listed problems' cases. */
    public void setOnAddToDeck(Runnable action) {
        addToDeck.setOnAction(e -> action.run());
        deckOffered.set(true);
    }

    public TextField searchField() {
        return search;
    }

    public ListView<ProblemItem> listView() {
        return list;
    }

    /** The clear button inside the search field: shown while there is text; clicking it clears and refocuses. */
    private Button clearButton() {
        Button clear = new Button(null, Icons.of(Material2AL.CLEAR, 14));
        clear.setId("clearSearch");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.setTooltip(new Tooltip("Clear the search (Esc)"));
        clear.setFocusTraversable(false); // Esc in the field does the same from the keyboard
        clear.setCursor(javafx.scene.Cursor.DEFAULT);
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        clear.setOnAction(e -> {
            search.clear();
            search.requestFocus();
        });
        return clear;
    }

    /** A facet's name, also its box's mnemonic-free label for screen readers. */
    private static Label small(String text, Control labelled) {
        Label l = new Label(text);
        l.getStyleClass().addAll("small", "text-muted");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(labelled);
        return l;
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items, String tip) {
        ComboBox<T> c = new ComboBox<>(items);
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setMinWidth(0);
        c.setTooltip(new Tooltip(tip));
        return c;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty p, String tip) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(p);
        c.setTooltip(new Tooltip(tip));
        return c;
    }

    /** Two lines: id with badges, a one-line preview of the text, and subject · level · candidates. */
    private final class ProblemCell extends ListCell<ProblemItem> {
        private final Label id = new Label();
        private final Label disagree = badge("disagree", "accent", "The PRM and majority vote or the ORM differ in being right");
        private final Label convincing = badge("convincing", "warning", "A wrong answer with a high PRM score");
        private final Label wrongStep = badge("wrong step", "danger", "Right answer, wrong step");
        private final Label human = badge("human", "success", "Has human step labels");
        private final HBox badges = new HBox(4, disagree, convincing, wrongStep, human);
        private final Label preview = new Label();
        private final Label meta = new Label();
        private final VBox box;

        ProblemCell() {
            getStyleClass().add("problem-cell");
            id.getStyleClass().add("problem-id");
            preview.getStyleClass().add("problem-preview");
            meta.getStyleClass().add("problem-meta");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox bottom = new HBox(6, meta, gap, badges);
            bottom.setAlignment(Pos.CENTER_LEFT);
            meta.setMinWidth(0);
            badges.setMinWidth(Region.USE_PREF_SIZE);
            box = new VBox(2, id, preview, bottom);
            id.setMinWidth(0);
            preview.setMinWidth(0);
            box.setMinWidth(0);
            box.setPrefWidth(0);
        }

        @Override
        protected void updateItem(ProblemItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Problem p = item.problem();
            id.setText((item.index() + 1) + ". " + p.id());
            preview.setText(previewOf(p.text()));
            StringBuilder m = new StringBuilder();
            if (p.subject() != null) {
                m.append(p.subject()).append(" · ");
            }
            if (p.level() != null) {
                m.append("Level ").append(p.level()).append(" · ");
            }
            m.append(String.format(Locale.ROOT, "%,d cand.", p.solutionCount()));
            meta.setText(m.toString());
            ProblemFlags f = vm.flags(item);
            show(disagree, f.methodsDisagree());
            show(convincing, f.convincingWrongAnswer());
            show(wrongStep, f.rightAnswerWrongStep());
            show(human, item.hasHumanLabels());
            setText(null);
            setGraphic(box);
        }

        private static Label badge(String text, String style, String tip) {
            Label b = new Label(text);
            b.getStyleClass().addAll("badge", style);
            b.setTooltip(new Tooltip(tip));
            return b;
        }

        private static void show(Label badge, boolean on) {
            badge.setVisible(on);
            badge.setManaged(on);
        }
    }

    /** A one-line preview with LaTeX read as text ("$\\frac{1}{31}$" shows as "1/31"); raw text if that fails. */
    static String previewOf(String problemText) {
        String head = problemText.length() > 400 ? problemText.substring(0, 400) : problemText;
        String text = LatexToText.readable(head).replaceAll("\\s+", " ").strip();
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
