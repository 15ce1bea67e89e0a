package org.steplens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code steplens} command; with no subcommand the launcher opens the GUI instead. */
@Command(name = "steplens", mixinStandardHelpOptions = true, version = "StepLens 0.1.0",
        description = "Inspect math solutions scored by process reward models.",
        subcommands = {InfoCommand.class, ConvertCommand.class, GradeCommand.class, BonCommand.class,
                FirstErrorCommand.class, ScoreCommand.class, ReviewCommand.class, CompareCommand.class, ProbeCommand.class})
public final class SteplensCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
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
