package org.steplens.cli;

import org.steplens.score.CudaUnavailableException;

/** The one wording of a model that cannot be used (bad folder, or CUDA asked for and missing) for every command. */
final class ModelErrors {
    private ModelErrors() {
    }

    /** The line after "StepLens: " for a ModelFolderException or a CudaUnavailableException. */
    static String describe(Exception e) {
        return e instanceof CudaUnavailableException ? "CUDA unavailable: " + e.getMessage() : e.getMessage();
    }
}
