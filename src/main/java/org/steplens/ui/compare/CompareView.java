package org.steplens.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.steplens.compare.HintDetector;
import org.steplens.compare.WordDiff;
import org.steplens.ui.common.Icons;
import org.steplens.ui.common.PrmColorScale;

/**
 * Two solutions in two columns, one row per aligned pair (a step facing a gap where the other side has none), the
 * per-step probability delta (right − left) in a gutter between them, and one scroll pane so the sides scroll
 * together. Inside a pair, removed words are struck through on the left and added words underlined on the right
 * (colour is never the only cue). Steps are plain text here, not typeset: word highlights and typeset math images do
 * not mix.
 */
public final class CompareView extends VBox {
    private final CompareViewModel vm;
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private final Label empty = new Label();
    private final List<List<Region>> rowNodes = new ArrayList<>();
    private final HBox actions = new HBox(6);

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        setId("compareView");
        getStyleClass().add("compare-view");
        Label leftTitle = title("compareLeftTitle");
        leftTitle.textProperty().bind(vm.leftTitleProperty());
        Label rightTitle = title("compareRightTitle");
        rightTitle.textProperty().bind(vm.rightTitleProperty());
        Button swap = new Button(null, Icons.of(Material2MZ.SWAP_HORIZ, 16));
        swap.setId("compareSwap");
        swap.setTooltip(new Tooltip("Swap sides (Ctrl+Shift+X)"));
        swap.setOnAction(e -> vm.swap());
        Button up = new Button(null, Icons.of(Material2AL.ARROW_UPWARD, 16));
        up.setTooltip(new Tooltip("Previous row (Alt+Shift+↑)"));
        up.setOnAction(e -> vm.moveRow(-1));
        Button down = new Button(null, Icons.of(Material2AL.ARROW_DOWNWARD, 16));
        down.setTooltip(new Tooltip("Next row (Alt+Shift+↓)"));
        down.setOnAction(e -> vm.moveRow(1));
        HBox.setHgrow(leftTitle, Priority.ALWAYS);
        HBox.setHgrow(rightTitle, Priority.ALWAYS);
        leftTitle.setMaxWidth(Double.MAX_VALUE);
        rightTitle.setMaxWidth(Double.MAX_VALUE);
        rightTitle.setAlignment(Pos.CENTER_RIGHT);
        actions.getChildren().addAll(up, down, swap);
        actions.setAlignment(Pos.CENTER);
        HBox header = new HBox(8, leftTitle, actions, rightTitle);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        getChildren().add(header);
        if (vm.followsSession()) {
            getChildren().add(modeBar());
        }
        Label summary = new Label();
        summary.setId("compareSummary");
        summary.getStyleClass().add("text-muted");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // wrap rather than cut the line short
        summary.textProperty().bind(vm.summaryProperty());

        ColumnConstraints gutter = new ColumnConstraints(84, 84, 84);
        gutter.setHalignment(HPos.CENTER);
        grid.getColumnConstraints().setAll(sideColumn(), gutter, sideColumn());
        grid.setId("compareGrid");
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        scroll.setFitToWidth(true);
        scroll.setId("compareScroll");
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        empty.textProperty().bind(vm.emptyMessageProperty());
        empty.setPadding(new Insets(24));
        StackPane body = new StackPane(scroll, empty);
        StackPane.setAlignment(empty, Pos.TOP_CENTER);
        empty.visibleProperty().bind(vm.emptyMessageProperty().isNotEmpty());
        scroll.visibleProperty().bind(vm.emptyMessageProperty().isEmpty());
        VBox.setVgrow(body, Priority.ALWAYS);
        setPadding(new Insets(0, 0, 0, 0));
        getChildren().addAll(summary, body);
        VBox.setMargin(summary, new Insets(0, 8, 4, 8));

        vm.rows().addListener((ListChangeListener<CompareRow>) c -> rebuild());
        vm.focusedRowProperty().addListener((o, a, b) -> focus(a.intValue(), b.intValue()));
        rebuild();
    }

    /** Adds an export menu (PNG, SVG) to the header; {@code action} receives the file extension. */
    public void setOnExportCard(java.util.function.Consumer<String> action) {
        javafx.scene.control.MenuButton export = new javafx.scene.control.MenuButton(null, Icons.of(Material2AL.IMAGE, 16));
        export.setId("compareExport");
        export.setTooltip(new Tooltip("Export the comparison as a card (PNG or SVG) with provenance"));
        for (String ext : List.of("png", "svg")) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(
                    ext.equals("png") ? "Export comparison as PNG (2×)…" : "Export comparison as SVG…");
            item.setOnAction(e -> action.accept(ext));
            export.getItems().add(item);
        }
        actions.getChildren().add(export);
    }

    /**
     * What the columns are: two candidates, or the shown candidate under two step scorers (then the two scorer
     * choices, A left and B right).
     */
    private HBox modeBar() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton candidates = new ToggleButton("Two candidates");
        candidates.setId("compareModeCandidates");
        candidates.setTooltip(new Tooltip("Two candidates of this problem (Ctrl+D)"));
        ToggleButton scorers = new ToggleButton("Two scorers");
        scorers.setId("compareModeScorers");
        scorers.setTooltip(new Tooltip("The shown candidate under two step scorers (Ctrl+Alt+D)"));
        candidates.setToggleGroup(group);
        scorers.setToggleGroup(group);
        candidates.setOnAction(e -> vm.compareCandidates());
        scorers.setOnAction(e -> vm.compareScorers());
        Runnable follow = () -> {
            candidates.setSelected(vm.modeProperty().get() == CompareViewModel.Mode.CANDIDATES);
            scorers.setSelected(vm.modeProperty().get() == CompareViewModel.Mode.SCORERS);
        };
        vm.modeProperty().addListener((o, a, b) -> follow.run());
        follow.run();
        ComboBox<String> a = scorerChoice("compareScorerA", vm.scorerAProperty());
        ComboBox<String> b = scorerChoice("compareScorerB", vm.scorerBProperty());
        Label left = new Label("Left");
        left.setLabelFor(a);
        Label right = new Label("right");
        right.setLabelFor(b);
        HBox choices = new HBox(6, left, a, right, b);
        choices.setAlignment(Pos.CENTER_LEFT);
        choices.visibleProperty().bind(scorers.selectedProperty());
        choices.managedProperty().bind(choices.visibleProperty());
        HBox bar = new HBox(4, candidates, scorers, new Region(), choices);
        HBox.setMargin(choices, new Insets(0, 0, 0, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 8, 4, 8));
        return bar;
    }

    private ComboBox<String> scorerChoice(String id, javafx.beans.property.ObjectProperty<String> scorer) {
        ComboBox<String> box = new ComboBox<>(vm.scorers());
        box.setId(id);
        box.valueProperty().bindBidirectional(scorer);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setTooltip(new Tooltip("Step scorer of this column"));
        return box;
    }

    /** The two sides share the width equally whatever their text (a fixed preference, not the content's). */
    private static ColumnConstraints sideColumn() {
        ColumnConstraints c = new ColumnConstraints(0, 100, Double.MAX_VALUE);
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    private static Label title(String id) {
        Label l = new Label();
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(l.textProperty());
        l.setTooltip(tip);
        l.setId(id);
        l.getStyleClass().add("pane-title");
        l.setMinWidth(0);
        return l;
    }

    private void rebuild() {
        grid.getChildren().clear();
        rowNodes.clear();
        List<CompareRow> rows = vm.rows();
        for (int r = 0; r < rows.size(); r++) {
            CompareRow row = rows.get(r);
            Region left = row.left() >= 0 ? stepCell(row.left(), row.leftP(), row.leftFirstError(), leftText(row))
                    : gapCell();
            Region right = row.right() >= 0 ? stepCell(row.right(), row.rightP(), row.rightFirstError(), rightText(row))
                    : gapCell();
            Region gutter = gutterCell(row, r);
            List<Region> nodes = List.of(left, gutter, right);
            for (Region n : nodes) {
                if (row.firstDivergence()) {
                    n.getStyleClass().add("first-divergence");
                }
                GridPane.setValignment(n, VPos.TOP);
                GridPane.setFillHeight(n, true);
            }
            left.setId("compare-left-" + r);
            right.setId("compare-right-" + r);
            grid.addRow(r, left, gutter, right);
            rowNodes.add(nodes);
        }
        scroll.setVvalue(0);
    }

    private Region stepCell(int step, double p, boolean firstError, TextFlow text) {
        Label number = new Label("Step " + (step + 1));
        number.getStyleClass().add("step-number");
        Label chip = new Label(PrmColorScale.label(p));
        chip.getStyleClass().add("prob-chip");
        chip.setStyle("-fx-background-color: " + PrmColorScale.css(p) + "; -fx-text-fill: "
                + (PrmColorScale.textOn(p).equals(javafx.scene.paint.Color.BLACK) ? "black" : "white") + ";");
        HBox head = new HBox(8, number, chip);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox cell = new VBox(4, head);
        if (firstError) {
            Label banner = new Label("First incorrect step (predicted)", Icons.of(Material2MZ.WARNING, 14));
            banner.getStyleClass().add("first-error-banner");
            cell.getChildren().add(banner);
            cell.getStyleClass().add("first-error");
        }
        cell.getChildren().add(text);
        cell.getStyleClass().addAll("step", "compare-step");
        cell.setStyle("-fx-background-color: " + PrmColorScale.cssTint(p) + ";");
        cell.getProperties().put("probability", p);
        cell.setAccessibleText("Step " + (step + 1) + ", P(correct) " + PrmColorScale.label(p)
                + (firstError ? ", first incorrect step" : ""));
        cell.setMaxHeight(Double.MAX_VALUE);
        return cell;
    }

    private static Region gapCell() {
        Label gap = new Label("no matching step");
        gap.getStyleClass().addAll("compare-gap", "text-muted");
        gap.setMaxWidth(Double.MAX_VALUE);
        gap.setMaxHeight(Double.MAX_VALUE);
        gap.setAlignment(Pos.CENTER);
        gap.setAccessibleText("Gap: no matching step on this side");
        return gap;
    }

    private static Region gutterCell(CompareRow row, int index) {
        double d = row.delta();
        Label delta = new Label(Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%+.2f", d).replace('-', '−'));
        delta.setId("compare-delta-" + index);
        delta.getStyleClass().add("compare-delta");
        if (!Double.isNaN(d) && Math.abs(d) >= 0.1) {
            delta.getStyleClass().add(d > 0 ? "delta-up" : "delta-down");
        }
        delta.setTooltip(new Tooltip("P(correct) right − left"));
        VBox box = new VBox(2, delta);
        box.setAlignment(Pos.TOP_CENTER);
        if (row.isPair()) {
            Label sim = new Label(row.similarity() >= 1.0 ? "same" : String.format(Locale.ROOT, "sim %.2f", row.similarity()));
            sim.getStyleClass().addAll("compare-similarity", "text-muted");
            box.getChildren().add(sim);
        }
        if (row.firstDivergence()) {
            Label mark = new Label("diverge", Icons.of(Material2MZ.SUBDIRECTORY_ARROW_RIGHT, 14));
            mark.setId("firstDivergenceMark");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            mark.getStyleClass().add("divergence-mark");
            mark.setTooltip(new Tooltip("First row where the two solutions are not the same step for step"));
            box.getChildren().add(mark);
        }
        box.getStyleClass().add("compare-gutter");
        box.setMaxHeight(Double.MAX_VALUE);
        return box;
    }

    private static TextFlow leftText(CompareRow row) {
        return sideText(row.isPair() ? row.diff() : List.of(new WordDiff.Segment(WordDiff.Kind.SAME, row.leftText())),
                WordDiff.Kind.ADDED, row.leftMarks());
    }

    private static TextFlow rightText(CompareRow row) {
        return sideText(row.isPair() ? row.diff() : List.of(new WordDiff.Segment(WordDiff.Kind.SAME, row.rightText())),
                WordDiff.Kind.REMOVED, row.rightMarks());
    }

    /**
     * One side's text from the diff (segments of {@code skip} belong to the other side), with the marked places
     * (offsets into this side's text) boxed and bold, so a mention of the hint stands out without relying on colour.
     */
    private static TextFlow sideText(List<WordDiff.Segment> diff, WordDiff.Kind skip,
                                     List<HintDetector.Mention> marks) {
        TextFlow flow = new TextFlow();
        int offset = 0;
        for (WordDiff.Segment s : diff) {
            if (s.kind() == skip) {
                continue;
            }
            String style = switch (s.kind()) {
                case SAME -> "compare-text";
                case REMOVED -> "compare-removed";
                case ADDED -> "compare-added";
            };
            int start = offset;
            int end = offset + s.text().length();
            int at = start;
            for (HintDetector.Mention m : marks) {
                if (m.end() <= at || m.start() >= end) {
                    continue;
                }
                int from = Math.max(at, m.start());
                int to = Math.min(end, m.end());
                if (from > at) {
                    flow.getChildren().add(text(s.text().substring(at - start, from - start), style));
                }
                Label mark = new Label(s.text().substring(from - start, to - start));
                mark.getStyleClass().add("hint-mention");
                mark.setAccessibleText("mentions the hint: " + mark.getText());
                flow.getChildren().add(mark);
                at = to;
            }
            if (at < end) {
                flow.getChildren().add(text(s.text().substring(at - start), style));
            }
            offset = end;
        }
        flow.getStyleClass().add("compare-flow");
        return flow;
    }

    private static Text text(String value, String style) {
        Text t = new Text(value);
        t.getStyleClass().add(style);
        return t;
    }

    private void focus(int before, int now) {
        if (before >= 0 && before < rowNodes.size()) {
            rowNodes.get(before).forEach(n -> n.getStyleClass().remove("compare-focus"));
        }
        if (now < 0 || now >= rowNodes.size()) {
            return;
        }
        rowNodes.get(now).forEach(n -> n.getStyleClass().add("compare-focus"));
        Region cell = rowNodes.get(now).get(0);
        double contentHeight = grid.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            double y = cell.getBoundsInParent().getMinY() - 8;
            scroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
        }
    }
}
