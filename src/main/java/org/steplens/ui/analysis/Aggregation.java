package org.steplens.ui.analysis;

/** How a PRM's step probabilities become one solution score (Lightman et al. 2023 use the product; Table 4 also the minimum). */
public enum Aggregation {
    PRODUCT("Product"), MIN("Minimum"), LAST("Last step");

    private final String label;

    Aggregation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
