package org.steplens.chart;

/** The running StepLens version, from the jar manifest; "dev" when run from classes (tests, IDE). */
final class StepLensVersion {
    private StepLensVersion() {
    }

    static String current() {
        String v = StepLensVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }
}
