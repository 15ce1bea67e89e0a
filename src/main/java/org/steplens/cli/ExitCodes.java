package org.steplens.cli;

/** The exit codes of every command, as the README documents them. */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /** The command ran but failed: unreadable input, nothing to write, a model error, an output refused. */
    public static final int FAILED = 1;
    /** The command line itself is wrong: unknown command or option, a bad value. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
