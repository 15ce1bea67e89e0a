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
@Command(name = "steplens", mixinStandardHelpOptions = true, versionProvider = SteplensCommand.Version.class,
        description = "Inspect math solutions scored by process reward models.",
        footer = {"", "Without a command the app opens: steplens [FILE...] on the files (or the bundled sample);",
                "steplens --compare A B on run A with the run comparison against B (problems matched by id).",
                "", "Exit codes: 0 done, 1 failed (the message says why), 2 bad command line."})
public final class SteplensCommand implements Runnable {
    /** The subcommands, in the order the usage lists them. */
    private static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(InfoCommand.class,
            ConvertCommand.class, GradeCommand.class, BonCommand.class, FirstErrorCommand.class, ScoreCommand.class,
            ReviewCommand.class, CompareCommand.class, ProbeCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code --version}: StepLens version and commit, ONNX Runtime version and build, Java version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return org.steplens.about.VersionReport.lines().toArray(String[]::new);
        }
    }

    /** Runs a headless command and returns its exit code (see {@link ExitCodes}). */
    public static int execute(String... args) {
        if (args.length > 0 && !isCommand(args[0]) && isUnknownWord(args[0])) {
            return unknownCommand(args[0]);
        }
        return commandLine(args).execute(args);
    }

    /** The command line for {@code args}, ready to execute them. */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new SteplensCommand());
        // Only the subcommand run is modelled (picocli reads every option of every subcommand it is given, by
        // reflection: ~0.35 s of a start-up for all of them); help, the flags and no command get all of them.
        Class<?> named = args.length > 0 ? subcommandNamed(args[0]) : null;
        for (Class<?> sub : SUBCOMMANDS) {
            if (named == null || named == CommandLine.HelpCommand.class || sub == named) {
                cli.addSubcommand(sub);
            }
        }
        cli.setExecutionExceptionHandler(SteplensCommand::failed);
        return cli;
    }

    private static Class<?> subcommandNamed(String name) {
        int index = commandNames().indexOf(name);
        return index < 0 ? null : SUBCOMMANDS.get(index);
    }

    /** "unknown command 'inof' (did you mean info?)" on standard error; the usage exit code. */
    private static int unknownCommand(String word) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : commandNames()) {
            int d = editDistance(word.toLowerCase(Locale.ROOT), name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        String hint = bestDistance <= Math.max(2, word.length() / 3) ? " (did you mean '" + best + "'?)" : "";
        System.err.println("steplens: '" + word + "' is neither a command nor an existing file" + hint
                + "; commands: " + String.join(", ", commandNames()) + " (steplens help COMMAND for details)");
        return ExitCodes.USAGE;
    }

    private static java.util.List<String> commandNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Class<?> sub : SUBCOMMANDS) {
            names.add(sub.getAnnotation(Command.class).name());
        }
        return names;
    }

    /** Levenshtein distance, with a swap of neighbours counting once ("inof" is one step from "info"). */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Whether {@code name} is one of the headless subcommands (or a help/version flag). */
    public static boolean isCommand(String name) {
        if (name.startsWith("-")) {
            return true;
        }
        // read from the annotations: building the picocli model costs a noticeable part of a start-up
        return commandNames().contains(name);
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
