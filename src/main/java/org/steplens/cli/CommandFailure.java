package org.steplens.cli;

/**
 * A command cannot do what was asked, for a reason the message states (a file that cannot be read, an output
 * that would destroy an input). Reported in one line by {@link SteplensCommand}, never with a stack trace.
 */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public CommandFailure(String message) {
        this(message, ExitCodes.FAILED);
    }

    public CommandFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
