package org.steplens.score;

/** The model failed while scoring (not a per-solution problem): e.g. out of memory on a batch. */
public final class ScoringException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScoringException(String message, Throwable cause) {
        super(message, cause);
    }
}
