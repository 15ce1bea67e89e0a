package org.steplens.score;

import java.util.Optional;

/**
 * Where a model actually runs.
 *
 * @param cuda           true on a CUDA GPU, false on the CPU
 * @param fallbackReason when CUDA was asked for (auto) but the model runs on the CPU, one line saying why
 */
public record Device(boolean cuda, String fallbackReason) {

    public static Device cpu() {
        return new Device(false, null);
    }

    public Optional<String> fallback() {
        return Optional.ofNullable(fallbackReason);
    }

    /** "CUDA", "CPU", or "CPU (CUDA unavailable: reason)". */
    public String describe() {
        if (cuda) {
            return "CUDA";
        }
        return fallbackReason == null ? "CPU" : "CPU (CUDA unavailable: " + fallbackReason + ")";
    }
}
