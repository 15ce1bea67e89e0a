package org.steplens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code steplens} command; with no subcommand the launcher opens the GUI instead. */
@Command(name = "steplens", mixinStandardHelpOptions = true, versionProvider = SteplensCommand.Version.class,
        description = "Inspect math solutions scored by process reward models.",
        subcommands = {InfoCommand.class, ConvertCommand.class, GradeCommand.class, BonCommand.class,
                FirstErrorCommand.class, ScoreCommand.class})
public final class SteplensCommand implements Runnable {

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

    /** Runs a headless command and returns its exit code. */
    public static int execute(String... args) {
        return new CommandLine(new SteplensCommand()).execute(args);
    }

    /** Whether {@code name} is one of the headless subcommands (or a help/version flag). */
    public static boolean isCommand(String name) {
        return new CommandLine(new SteplensCommand()).getSubcommands().containsKey(name)
                || name.startsWith("-");
    }
}
