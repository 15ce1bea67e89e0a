package org.steplens.ui.common;

import org.steplens.typeset.MathRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Solution text as a reader expects it: Markdown (CommonMark) with typeset math inside, bare LaTeX typeset, long
 * formulas wrapped or scrolled sideways, Asymptote code folded behind a "diagram code" toggle. The source text is
 * kept for copying. Built on the FX thread from an already-bounded text ({@link RichTextSource#MAX_CHARS});
 * formulas are typeset in the background by {@link MathText}.
 */
public final class RichText extends VBox {
    /**
     * Indented code blocks and raw HTML blocks are off: in model output an indented line is a continued thought,
     * not code, and HTML is shown as written.
     */
    private static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of(Heading.class,
            FencedCodeBlock.class, ThematicBreak.class, BlockQuote.class, ListBlock.class)).build();

    private final MathText math;
    private final float size;
    private int rgb;
    private String source = "";
    private RichTextSource prepared;

    RichText(MathText math, float size, int rgb) {
        this.math = math;
        this.size = size;
        this.rgb = rgb;
        getStyleClass().addAll("math-text", "rich-text");
        setSpacing(6);
        setMinWidth(0);
    }

    /** The text as written (Markdown and LaTeX), for copying. */
    public String text() {
        return source;
    }

    /** Re-typesets in another text colour (0xRRGGBB), e.g. after a theme change. */
    public void setColour(int value) {
        if (value != rgb) {
            rgb = value;
            setText(source);
        }
    }

    /** Replaces the content with {@code text}. */
    public void setText(String text) {
        source = text == null ? "" : text;
        prepared = RichTextSource.of(source);
        List<Node> out = new ArrayList<>();
        blocks(PARSER.parse(prepared.markdown()), out);
        if (prepared.omitted() > 0) {
            Label more = new Label(String.format(Locale.ROOT, "… %,d more characters not shown (copy the step to get them all)",
                    prepared.omitted()));
            more.getStyleClass().add("text-muted");
            out.add(more);
        }
        getChildren().setAll(out);
    }

    private void blocks(org.commonmark.node.Node parent, List<Node> out) {
        for (org.commonmark.node.Node b = parent.getFirstChild(); b != null; b = b.getNext()) {
            if (b instanceof Paragraph p) {
                Integer diagram = diagramOf(p);
                if (diagram != null) {
                    out.add(diagram(prepared.diagrams().get(diagram)));
                } else {
                    new Inlines(out, "md-paragraph").content(p);
                }
            } else if (b instanceof Heading h) {
                new Inlines(out, "md-heading", "md-h" + Math.min(h.getLevel(), 3)).content(h);
            } else if (b instanceof ListBlock list) {
                out.add(list(list));
            } else if (b instanceof BlockQuote q) {
                VBox box = new VBox(4);
                box.getStyleClass().add("md-quote");
                blocks(q, box.getChildren());
                out.add(box);
            } else if (b instanceof FencedCodeBlock code) {
                TextFlow flow = new TextFlow(codeText(code.getLiteral().stripTrailing()));
                flow.getStyleClass().add("md-code-block");
                out.add(flow);
            } else if (b instanceof ThematicBreak) {
                out.add(new Separator());
            } else {
                blocks(b, out);
            }
        }
    }

    private Node list(ListBlock list) {
        VBox box = new VBox(3);
        box.getStyleClass().add("md-list");
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof OrderedList o ? number++ + (o.getMarkerDelimiter() == null ? "." : o.getMarkerDelimiter()) : "•";
            Label bullet = new Label(marker);
            bullet.getStyleClass().add("md-marker");
            bullet.setMinWidth(Label.USE_PREF_SIZE);
            VBox body = new VBox(4);
            body.setMinWidth(0);
            HBox.setHgrow(body, Priority.ALWAYS);
            blocks(item, body.getChildren());
            HBox row = new HBox(6, bullet, body);
            row.setAlignment(Pos.TOP_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }

    /** The placeholder number when the paragraph is exactly one folded diagram. */
    private static Integer diagramOf(Paragraph p) {
        if (p.getFirstChild() instanceof org.commonmark.node.Text t && t.getNext() == null) {
            String s = t.getLiteral();
            if (s.length() >= 3 && s.charAt(0) == RichTextSource.DIAGRAM && s.charAt(s.length() - 1) == RichTextSource.DIAGRAM) {
                try {
                    return Integer.parseInt(s.substring(1, s.length() - 1));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Asymptote source, folded: a toggle shows it. */
    private static Node diagram(String code) {
        long lines = code.lines().count();
        ToggleButton toggle = new ToggleButton(String.format(Locale.ROOT, "Diagram code (Asymptote, %d line%s)", lines,
                lines == 1 ? "" : "s"));
        toggle.getStyleClass().addAll("flat", "small", "diagram-toggle");
        toggle.setGraphic(Icons.of(Material2AL.CODE, 14));
        TextFlow body = new TextFlow(codeText(code));
        body.getStyleClass().add("md-code-block");
        body.visibleProperty().bind(toggle.selectedProperty());
        body.managedProperty().bind(toggle.selectedProperty());
        VBox box = new VBox(4, toggle, body);
        box.getStyleClass().add("diagram-code");
        return box;
    }

    private static Text codeText(String s) {
        Text t = new Text(s);
        t.getStyleClass().addAll("prose", "md-code");
        return t;
    }

    /**
     * Lays out one block's inline content: runs of text and inline math in a flow, display math in a centred
     * block of its own that wraps at relations, or scrolls sideways when it cannot.
     */
    private final class Inlines {
        private final List<Node> out;
        private final String[] styles;
        private TextFlow flow;

        Inlines(List<Node> out, String... styles) {
            this.out = out;
            this.styles = styles;
        }

        void content(org.commonmark.node.Node block) {
            children(block, false, false);
        }

        private void children(org.commonmark.node.Node parent, boolean em, boolean strong) {
            for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof org.commonmark.node.Text t) {
                    text(t.getLiteral(), em, strong);
                } else if (n instanceof Emphasis) {
                    children(n, true, strong);
                } else if (n instanceof StrongEmphasis) {
                    children(n, em, true);
                } else if (n instanceof Code c) {
                    add(codeText(c.getLiteral()));
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    add(MathText.prose("\n")); // line breaks in model output are meant
                } else if (n instanceof HtmlInline h) {
                    text(h.getLiteral(), em, strong);
                } else {
                    children(n, em, strong); // links, images: their text
                }
            }
        }

        /** Prose with math placeholders. */
        private void text(String s, boolean em, boolean strong) {
            int i = 0;
            while (i < s.length()) {
                int open = s.indexOf(RichTextSource.MATH, i);
                int close = open < 0 ? -1 : s.indexOf(RichTextSource.MATH, open + 1);
                if (open < 0 || close < 0) {
                    prose(s.substring(i), em, strong);
                    return;
                }
                prose(s.substring(i, open), em, strong);
                MathRun run = prepared.math().get(Integer.parseInt(s.substring(open + 1, close)));
                if (run.display()) {
                    display(run);
                } else {
                    for (Node piece : math.formula(run, size, rgb)) {
                        add(piece);
                    }
                }
                i = close + 1;
            }
        }

        private void prose(String s, boolean em, boolean strong) {
            if (s.isEmpty()) {
                return;
            }
            Text t = MathText.prose(s);
            if (em) {
                t.getStyleClass().add("md-em");
            }
            if (strong) {
                t.getStyleClass().add("md-strong");
            }
            add(t);
        }

        private void add(Node n) {
            if (flow == null) {
                flow = new TextFlow();
                flow.getStyleClass().addAll(styles);
                out.add(flow);
            }
            flow.getChildren().add(n);
        }

        private void display(MathRun run) {
            flow = null; // text after the formula starts a new flow
            List<Node> pieces = math.formula(run, size, rgb);
            if (pieces.size() > 1) {
                TextFlow lines = new TextFlow();
                lines.getChildren().addAll(pieces);
                lines.setTextAlignment(TextAlignment.CENTER);
                lines.getStyleClass().add("display-math");
                out.add(lines);
                return;
            }
            HBox box = new HBox(pieces.get(0));
            box.setAlignment(Pos.CENTER);
            ScrollPane scroll = new ScrollPane(box);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
            scroll.getStyleClass().addAll("edge-to-edge", "display-math", "display-math-scroll");
            scroll.setFocusTraversable(false);
            out.add(scroll);
        }
    }
}
