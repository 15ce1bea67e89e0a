package org.steplens.score;

import java.util.Locale;

/**
 * Turns ONNX Runtime's telemetry off before its environment exists. ONNX Runtime 1.29 starts a telemetry client
 * when the environment is created: it writes a device id and a queue of events naming model files under
 * {@code ~/.cache/Microsoft/DeveloperTools/.onnxruntime}, an empty {@code /tmp/mat-debug-PID.log}, a
 * {@code :memory:.ses} file in the working folder when that cache is read-only, and may upload over HTTPS.
 * {@code OrtEnvironment.setTelemetry(false)} comes too late (the client already started), so this sets the
 * environment variable ONNX Runtime checks, {@code ORT_DISABLE_TELEMETRY=1}, in the process's own C environment
 * (through JNA, which DJL already brings). The launcher sets it as well.
 */
final class Telemetry {
    static final String VARIABLE = "ORT_DISABLE_TELEMETRY";
    private static boolean done;

    private Telemetry() {
    }

    /** Sets {@code ORT_DISABLE_TELEMETRY=1} unless already set; true when it is set now. */
    static synchronized boolean disable() {
        if (done) {
            return true;
        }
        if ("1".equals(System.getenv(VARIABLE))) {
            done = true;
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return false; // the Windows build reports through ETW only when a trace session listens
        }
        try {
            if (System.getProperty("jna.tmpdir") == null) {
                // JNA may unpack its native stub; keep it in StepLens's cache, not in /tmp or ~/.cache/JNA
                System.setProperty("jna.tmpdir", UserCache.folder().resolve("jna").toString());
            }
            com.sun.jna.NativeLibrary libc = com.sun.jna.NativeLibrary.getInstance(com.sun.jna.Platform.C_LIBRARY_NAME);
            int rc = libc.getFunction("setenv").invokeInt(new Object[] {VARIABLE, "1", 1});
            done = rc == 0;
        } catch (RuntimeException | LinkageError e) {
            done = false; // no JNA for this platform: the launcher's variable is the remaining guard
        }
        return done;
    }
}
