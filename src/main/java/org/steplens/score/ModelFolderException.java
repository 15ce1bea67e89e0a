package org.steplens.score;

/** A model folder that cannot be used, with one message saying which file is wrong and why. */
public final class ModelFolderException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModelFolderException(String message) {
        super(message);
    }

    public ModelFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
