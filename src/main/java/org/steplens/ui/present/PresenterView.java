package org.steplens.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Bounds;
import javafx.util.Duration;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.steplens.ui.common.MathText;
import org.steplens.ui.common.PrmColorScale;
import org.steplens.ui.common.PrmLegend;
import org.steplens.ui.common.Theme;
import org.steplens.ui.solution.SolutionViewModel;
import org.steplens.ui.solution.StepRow;

/**
 * The presenter's screen: the problem at the top, the steps revealed so far in large type, the beat counter and a
 * small colour legend in the corners, and a black curtain for B. Everything it shows follows the
 * {@link PresenterViewModel}; it holds no state of its own beyond the nodes.
 */
public final class PresenterView extends StackPane {
    /** Prose size at zoom 1 (px): a 10-step solution fits 1280×720 at this size. */
    static final float BASE_SIZE = 17f;

    private final PresenterViewModel model;
    private final MathText math;
    private final ObjectProperty<Theme> theme;
    private final TextFlow problem = new TextFlow();
    private final Label title = new Label();
    private final Label counter = new Label();
    private final Label finale = new Label();
    private final VBox steps = new VBox();
    private final ScrollPane scroll = new ScrollPane(steps);
    private final Region curtain = new Region();
    private final PrmLegend legend = new PrmLegend();
    private final List<PresenterStep> rows = new ArrayList<>();
    /** Moves the steps to the revealed one: short enough not to lag behind a quick presenter. */
    static final Duration SCROLL_TIME = Duration.millis(280);
    private Duration scrollTime = SCROLL_TIME;
    private final Timeline scrolling = new Timeline();
    private PresenterStep focus;

    public PresenterView(PresenterViewModel model, MathText math, ObjectProperty<Theme> theme) {
        this.model = model;
        this.math = math;
        this.theme = theme;
        getStyleClass().add("presenter");
        getStylesheets().add(PresenterView.class.getResource("presenter.css").toExternalForm());
        setId("presenter");
        title.getStyleClass().add("presenter-title");
        counter.getStyleClass().add("presenter-counter");
        counter.setId("presenterCounter");
        finale.getStyleClass().add("presenter-finale");
        finale.setId("presenterFinale");
        finale.setWrapText(true);
        problem.getStyleClass().add("presenter-problem");
        problem.setId("presenterProblem");
        steps.getStyleClass().add("presenter-steps");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("presenter-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        legend.getStyleClass().add("presenter-legend");
        legend.setId("presenterLegend");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(title, gap, counter);
        top.getStyleClass().add("presenter-top");
        VBox head = new VBox(top, problem);
        head.getStyleClass().add("presenter-head");
        Region bottomGap = new Region();
        HBox.setHgrow(bottomGap, Priority.ALWAYS);
        HBox.setHgrow(finale, Priority.ALWAYS);
        HBox bottom = new HBox(finale, bottomGap, legend);
        bottom.setAlignment(Pos.BOTTOM_LEFT);
        bottom.getStyleClass().add("presenter-bottom");
        BorderPane page = new BorderPane(scroll, head, null, bottom, null);
        page.getStyleClass().add("presenter-page");
        curtain.getStyleClass().add("presenter-curtain");
        curtain.setId("presenterCurtain");
        getChildren().addAll(page, curtain);

        SolutionViewModel solution = model.solution();
        title.textProperty().bind(solution.problemTitleProperty());
        solution.steps().addListener((ListChangeListener<StepRow>) c -> rebuild());
        solution.problemTextProperty().addListener((o, a, b) -> rebuild());
        model.zoomProperty().addListener((o, a, b) -> rebuild());
        theme.addListener((o, a, b) -> rebuild());
        model.revealProperty().addListener((o, a, r) -> show(r));
        // formulas typeset in the background change the heights: keep the revealed step in view
        steps.heightProperty().addListener((o, a, b) -> {
            if (focus != null && focus.isVisible()) {
                keepInView(focus);
            }
        });
        legend.thresholdProperty().set(0.5);
        rebuild();
    }

    private float size() {
        return (float) (BASE_SIZE * model.zoomProperty().get());
    }

    private void rebuild() {
        float size = size();
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
        int rgb = theme.get().textRgb();
        math.fill(problem, model.solution().problemTextProperty().get(), size * 1.1f, rgb);
        rows.clear();
        for (StepRow row : model.solution().steps()) {
            rows.add(new PresenterStep(row, math.flow(row.text(), size, rgb)));
        }
        steps.getChildren().setAll(rows);
        show(model.reveal());
    }

    private void show(Reveal r) {
        curtain.setVisible(r.black());
        counter.setText(r.total() == 0 ? "" : r.shown() + " / " + r.total());
        PresenterStep last = null;
        for (PresenterStep row : rows) {
            int i = row.index();
            row.show(r.stepVisible(i), r.probabilityVisible(i), r.firstErrorVisible(), r.finaleVisible());
            if (r.stepVisible(i)) {
                last = row;
            }
        }
        SolutionViewModel s = model.solution();
        finale.setVisible(r.finaleVisible());
        finale.setText("Answer: " + s.answerProperty().get() + " (" + s.verdictProperty().get() + ") · Ground truth: "
                + s.groundTruthProperty().get());
        if (last != null) {
            keepInView(last);
        } else {
            focus = null;
            scrolling.stop();
            scroll.setVvalue(0);
        }
    }

    /**
     * Scrolls smoothly so that the step just revealed is on screen, whole when it fits (a long solution, a large
     * zoom); the same again when typeset formulas arrive and change the heights.
     */
    private void keepInView(PresenterStep row) {
        focus = row;
        layout();
        double content = steps.getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        Bounds b = row.getBoundsInParent();
        double shownTop = scroll.getVvalue() * (content - viewport);
        double target = shownTop;
        if (b.getMaxY() > shownTop + viewport) {
            target = Math.min(b.getMinY(), b.getMaxY() - viewport);
        } else if (b.getMinY() < shownTop) {
            target = b.getMinY();
        }
        double v = Math.max(0, Math.min(1, target / (content - viewport)));
        if (Math.abs(v - scroll.getVvalue()) < 1e-6) {
            return;
        }
        scrolling.stop();
        scrolling.getKeyFrames().setAll(new KeyFrame(scrollTime,
                new KeyValue(scroll.vvalueProperty(), v, Interpolator.EASE_BOTH)));
        scrolling.play();
    }

    /** Tests step through dozens of beats: a shorter scroll keeps them quick. */
    void setScrollTime(Duration value) {
        scrollTime = value;
    }

    /** Whether the last revealed step lies inside the viewport (for tests: after the scroll has settled). */
    boolean focusInView() {
        if (focus == null) {
            return true;
        }
        Bounds viewport = scroll.lookup(".viewport").localToScene(scroll.lookup(".viewport").getLayoutBounds());
        Bounds row = focus.localToScene(focus.getLayoutBounds());
        return scrolling.getStatus() != Animation.Status.RUNNING && row.getMinY() >= viewport.getMinY() - 0.5
                && row.getMaxY() <= viewport.getMaxY() + 0.5;
    }

    /** The step nodes, for tests and screenshots. */
    List<PresenterStep> rows() {
        return List.copyOf(rows);
    }
}
