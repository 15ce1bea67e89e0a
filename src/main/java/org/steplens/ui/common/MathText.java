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
            MathRenderer.Key key = new MathRenderer.Key(run.text(), size, rgb, run.display());
            Optional<MathImage> hit = renderer.cached(key);
            if (hit != null) {
                flow.getChildren().add(node(hit, run));
            } else {
                Text placeholder = prose(run.source());
                placeholder.getStyleClass().add("math-pending");
                flow.getChildren().add(placeholder);
                runner.run("typeset", token -> renderer.render(key), image -> {
                    int at = flow.getChildren().indexOf(placeholder);
                    if (at >= 0) {
                        flow.getChildren().set(at, node(image, run));
                    }
                }, error -> org.slf4j.LoggerFactory.getLogger(MathText.class)
                        .warn("could not typeset {}; its source is shown", run.source(), error));
            }
            if (run.display() && r + 1 < runs.size() && !runs.get(r + 1).text().startsWith("\n")) {
                flow.getChildren().add(new Text("\n"));
            }
        }
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

    private static Text prose(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("prose");
        return t;
    }
}
