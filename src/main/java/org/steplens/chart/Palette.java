package org.steplens.chart;

import java.util.List;
import java.util.Locale;

/**
 * Colour tokens shared by charts, exports and the UI, from the Okabe–Ito palette (distinguishable with the
 * common colour-vision deficiencies). Each selection method has one colour everywhere; anything else takes the
 * next free colour of {@link #CYCLE}.
 */
public final class Palette {
    public static final ChartColor BLACK = ChartColor.hex("#000000");
    public static final ChartColor ORANGE = ChartColor.hex("#e69f00");
    public static final ChartColor SKY_BLUE = ChartColor.hex("#56b4e9");
    public static final ChartColor BLUISH_GREEN = ChartColor.hex("#009e73");
    public static final ChartColor YELLOW = ChartColor.hex("#f0e442");
    public static final ChartColor BLUE = ChartColor.hex("#0072b2");
    public static final ChartColor VERMILLION = ChartColor.hex("#d55e00");
    public static final ChartColor REDDISH_PURPLE = ChartColor.hex("#cc79a7");

    /** Axes, text and grid. */
    public static final ChartColor INK = ChartColor.hex("#222222");
    public static final ChartColor MUTED_INK = ChartColor.hex("#666666");
    public static final ChartColor GRID = ChartColor.hex("#e3e3e3");
    public static final ChartColor PAPER = ChartColor.hex("#ffffff");

    public static final ChartColor PRM = BLUE;
    public static final ChartColor ORM = ORANGE;
    public static final ChartColor MAJORITY = BLUISH_GREEN;
    public static final ChartColor WEIGHTED = REDDISH_PURPLE;
    public static final ChartColor ORACLE = MUTED_INK;

    /** For series that are not a known method (subsets, scorers), in order. */
    public static final List<ChartColor> CYCLE = List.of(BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE, VERMILLION,
            SKY_BLUE, BLACK);

    private Palette() {
    }

    /**
     * The colour of a selection method by its CLI name ({@code prm}, {@code orm}, {@code majority},
     * {@code prm-vote}, {@code orm-vote}, {@code oracle}, {@code random}); other names take the cycle by index.
     */
    public static ChartColor forMethod(String method, int fallbackIndex) {
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "prm" -> PRM;
            case "orm" -> ORM;
            case "majority" -> MAJORITY;
            case "prm-vote" -> WEIGHTED;
            case "orm-vote" -> VERMILLION;
            case "oracle" -> ORACLE;
            case "random" -> SKY_BLUE;
            default -> CYCLE.get(Math.floorMod(fallbackIndex, CYCLE.size()));
        };
    }

    /** Markers differ by method too, so a figure printed in grey still tells the curves apart. */
    public static MarkerShape markerForMethod(String method, int fallbackIndex) {
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "prm" -> MarkerShape.CIRCLE;
            case "orm" -> MarkerShape.SQUARE;
            case "majority" -> MarkerShape.TRIANGLE;
            case "prm-vote", "orm-vote" -> MarkerShape.DIAMOND;
            case "oracle", "random" -> MarkerShape.NONE;
            default -> MarkerShape.values()[Math.floorMod(fallbackIndex, 4)];
        };
    }
}
