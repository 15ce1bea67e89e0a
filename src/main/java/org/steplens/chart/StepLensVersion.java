package org.steplens.chart;

/** The running StepLens version, from the jar manifest; "dev" when run from classes (tests, IDE). */
final class StepLensVersion {
    private StepLensVersion() {
    }

    static String current() {
        return org.steplens.about.BuildInfo.current().version();
    }
}
