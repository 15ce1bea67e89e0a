package org.steplens.about;

import java.util.List;
import org.steplens.score.NativeLibraries;

/** The lines {@code steplens --version} prints and Help ▸ About shows: StepLens, ONNX Runtime, Java. */
public final class VersionReport {
    private VersionReport() {
    }

    /** Reads the running build; does not load ONNX Runtime's native code. */
    public static List<String> lines() {
        BuildInfo build = BuildInfo.current();
        return lines(build, NativeLibraries.runtimeVersion(), NativeLibraries.flavour(),
                Runtime.version().toString(), System.getProperty("java.vendor", "unknown vendor"),
                System.getProperty("java.home", "?"));
    }

    static List<String> lines(BuildInfo build, String ortVersion, String ortFlavour, String javaVersion,
            String javaVendor, String javaHome) {
        return List.of(
                "StepLens " + build.version() + " (git " + build.commit() + ")",
                "ONNX Runtime " + ortVersion + " (" + ortFlavour + ")",
                "Java " + javaVersion + " (" + javaVendor + ", " + javaHome + ")");
    }
}
