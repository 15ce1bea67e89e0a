package org.steplens.chart;

import org.steplens.model.Dataset;

/** Lets tests in other packages use the scored ProcessBench fixture. */
public final class FirstErrorFiguresTestAccess {
    public static final String SCORER = FirstErrorFiguresTest.SCORER;

    private FirstErrorFiguresTestAccess() {
    }

    public static Dataset scoredProcessBench() throws Exception {
        return FirstErrorFiguresTest.withGeneratedScores(FirstErrorFiguresTest.processBench(), 1);
    }
}
