package org.steplens.ui.common;

import java.util.List;
import java.util.Optional;
import org.steplens.typeset.MathRun;
import org.steplens.typeset.MathRuns;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Builds a {@link TextFlow} of prose and typeset math. Formulas already in the cache appear at once; the others
 * show their source until the background renderer delivers them; a formula that does not parse stays as source.
 */
public final class MathText {
    private final MathRenderer renderer;
    private final TaskRunner runner;

    public MathText(MathRenderer renderer, TaskRunner runner) {
        this.renderer = renderer;
        this.runner = runner;
    }

    public MathRenderer renderer() {
        return renderer;
    }

    /** A flow for {@code text} in the given font size (px) and text colour (0xRRGGBB). */
    public TextFlow flow(String text, float size, int rgb) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("math-text");
        fill(flow, text, size, rgb);
        return flow;
    }

    /** Replaces the flow's content with {@code text}. */
    public void fill(TextFlow flow, String text, float size, int rgb) {
        flow.getChildren().clear();
        List<MathRun> runs = MathRuns.split(text);
        for (int r = 0; r < runs.size(); r++) {
            MathRun run = runs.get(r);
            if (!run.math()) {
                flow.getChildren().add(prose(run.text()));
                continue;
            }
            // display math on a line of its own, without an empty line before or after it
            if (run.display() && !flow.getChildren().isEmpty() && !endsLine(flow)) {
                flow.getChildren().add(new Text("\n"));
            }
            flow.getChildren().addAll(formula(run, size, rgb));
            if (run.display() && r + 1 < runs.size() && !runs.get(r + 1).text().startsWith("\n")) {
                flow.getChildren().add(new Text("\n"));
            }
        }
    }

    /**
     * Markdown with math: paragraphs, headings, lists, emphasis, code; math typeset inside them, long formulas
     * wrapped at their relations or scrolled sideways, never cut; Asymptote code folded behind a toggle.
     */
    public RichText document(String text, float size, int rgb) {
        RichText rich = new RichText(this, size, rgb);
        rich.setText(text);
        return rich;
    }

    /**
     * The nodes for one formula: a long one in pieces that a flow can wrap between. Each piece is its image when
     * cached, else its source until the background renderer delivers it (then it replaces itself in its parent).
     */
    List<Node> formula(MathRun run, float size, int rgb) {
        List<String> pieces = MathBreaks.pieces(run.text());
        List<Node> nodes = new java.util.ArrayList<>(pieces.size());
        for (String piece : pieces) {
            MathRun part = pieces.size() == 1 ? run : new MathRun(piece, true, run.display(), piece);
            nodes.add(piece(part, size, rgb));
        }
        return nodes;
    }

    /**
     * Computer Modern has a smaller x-height than the UI's sans-serif: at the same size, formulas read smaller
     * than the words around them. This factor matches them.
     */
    static final float MATH_SCALE = 1.2f;

    private Node piece(MathRun run, float size, int rgb) {
        MathRenderer.Key key = new MathRenderer.Key(MathStyle.readable(run.text(), run.display()), size * MATH_SCALE,
                rgb, run.display());
        Optional<MathImage> hit = renderer.cached(key);
        if (hit != null) {
            return node(hit, run);
        }
        Text placeholder = prose(run.source());
        placeholder.getStyleClass().add("math-pending");
        runner.run("typeset", token -> renderer.render(key), image -> {
            if (placeholder.getParent() instanceof javafx.scene.layout.Pane parent) {
                int at = parent.getChildren().indexOf(placeholder);
                if (at >= 0) {
                    parent.getChildren().set(at, node(image, run));
                }
            }
        }, error -> org.slf4j.LoggerFactory.getLogger(MathText.class)
                .warn("could not typeset {}; its source is shown", run.source(), error));
        return placeholder;
    }

    /** Whether the flow's last piece ends a line already (prose ending "…:\n" before display math). */
    private static boolean endsLine(TextFlow flow) {
        Node last = flow.getChildren().get(flow.getChildren().size() - 1);
        return last instanceof Text t && t.getText().endsWith("\n");
    }

    private static Node node(Optional<MathImage> image, MathRun run) {
        if (image.isEmpty()) {
            Text source = prose(run.source());
            source.getStyleClass().add("math-source");
            return source;
        }
        return new MathNode(image.get(), run.source());
    }

    static Text prose(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("prose");
        return t;
    }
}
