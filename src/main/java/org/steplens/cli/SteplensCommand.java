package org.steplens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code steplens} command; with no subcommand the launcher opens the GUI instead. */
@Command(name = "steplens", mixinStandardHelpOptions = true, version = "StepLens 0.1.0",
        description = "Inspect math solutions scored by process reward models.",
        subcommands = {InfoCommand.class, ConvertCommand.class, GradeCommand.class, BonCommand.class,
                FirstErrorCommand.class, ScoreCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 failed (the message says why), 2 bad command line."})
public final class SteplensCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs a headless command and returns its exit code (see {@link ExitCodes}). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new SteplensCommand());
        cli.setExecutionExceptionHandler(SteplensCommand::failed);
        return cli.execute(args);
    }

    /** Whether {@code name} is one of the headless subcommands (or a help/version flag). */
    public static boolean isCommand(String name) {
        return new CommandLine(new SteplensCommand()).getSubcommands().containsKey(name)
                || name.startsWith("-");
    }

    /**
     * Whether {@code arg}, given where a file or a command is expected, is neither: a plain word (no path
     * separator, no extension) that names no existing file, such as a mistyped {@code inof}. The launcher
     * reports it as a usage error instead of opening the GUI on it.
     */
    public static boolean isUnknownWord(String arg) {
        if (!arg.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            return false;
        }
        try {
            return !Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return true;
        }
    }

    /**
     * The one error path of every command: a failure the user can act on is one line on standard error and exit
     * code 1, never a stack trace (set STEPLENS_DEBUG=1 to see one).
     */
    private static int failed(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        String name = cli.getCommandName();
        String prefix = "steplens" + ("steplens".equals(name) ? "" : " " + name) + ": ";
        cli.getErr().println(prefix + describe(e));
        if (System.getenv("STEPLENS_DEBUG") != null) {
            e.printStackTrace(cli.getErr());
        }
        cli.getErr().flush();
        return e instanceof CommandFailure f ? f.exitCode() : ExitCodes.FAILED;
    }

    /** One line saying what went wrong, for any exception a command lets escape. */
    static String describe(Throwable e) {
        if (e instanceof CommandFailure) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (e instanceof CharacterCodingException) {
            return "the input is not valid UTF-8 text (" + e.getClass().getSimpleName() + ")";
        }
        if (e instanceof IOException io) {
            String m = InfoCommand.describe(io);
            String lower = String.valueOf(m).toLowerCase(Locale.ROOT);
            if (lower.contains("no space left")) {
                return m + " (the disk is full; nothing was replaced)";
            }
            return m == null ? e.getClass().getSimpleName() : m;
        }
        return "unexpected " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                + e.getMessage().lines().findFirst().orElse("")) + " (STEPLENS_DEBUG=1 shows the stack trace)";
    }
}
