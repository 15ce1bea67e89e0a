package org.steplens.ui.common;

import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/** A typeset formula placed in a TextFlow so that its baseline sits on the text's baseline. */
final class MathNode extends Region {
    private final ImageView view;
    private final double depth;

    MathNode(MathImage math, String source) {
        this.view = new ImageView(math.image());
        this.depth = math.depth();
        getStyleClass().add("math");
        setAccessibleText(source);
        getChildren().add(view);
        double w = math.image().getWidth();
        double h = math.image().getHeight();
        setMinSize(w, h);
        setPrefSize(w, h);
        setMaxSize(w, h);
    }

    @Override
    protected void layoutChildren() {
        view.relocate(0, 0);
    }

    @Override
    public double getBaselineOffset() {
        return view.getImage().getHeight() - depth;
    }
}
