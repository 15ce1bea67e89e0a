package org.steplens.score;

/** CUDA was required but cannot be used; the message is the one-line reason. */
public final class CudaUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public CudaUnavailableException(String reason) {
        super(reason);
    }
}
