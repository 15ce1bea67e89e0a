package org.steplens.chart;

/**
 * A chart drawn from one spec at a designed size: the plumbing every figure shares (title and provenance come
 * from the spec), so subclasses only lay out and draw.
 *
 * @param <S> the spec type
 */
public abstract class SpecChart<S extends FigureSpec> implements Chart {
    private final S spec;
    private final double preferredWidth;
    private final double preferredHeight;

    protected SpecChart(S spec, double preferredWidth, double preferredHeight) {
        this.spec = spec;
        this.preferredWidth = preferredWidth;
        this.preferredHeight = preferredHeight;
    }

    public final S spec() {
        return spec;
    }

    @Override
    public final String title() {
        return spec.title();
    }

    @Override
    public final Provenance provenance() {
        return spec.provenance();
    }

    @Override
    public final double preferredWidth() {
        return preferredWidth;
    }

    @Override
    public final double preferredHeight() {
        return preferredHeight;
    }
}
