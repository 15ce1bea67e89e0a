package org.steplens.score;

import java.util.Locale;

/** Where the user wants the model to run. */
public enum DevicePreference {
    /** CUDA when it works, else the CPU (saying why in one line). */
    AUTO,
    /** The CPU only. */
    CPU,
    /** CUDA or fail with the reason. */
    CUDA;

    /** Parses "auto", "cpu" or "cuda" (any case). */
    public static DevicePreference parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("device must be auto, cpu or cuda, got \"" + text + "\"");
        }
    }
}
