package org.steplens.ui.common;

import javafx.scene.image.Image;

/**
 * A typeset formula.
 *
 * @param image the rendered formula
 * @param depth pixels below the baseline (for aligning the image with the surrounding text)
 */
public record MathImage(Image image, double depth) {
}
