package org.steplens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadResult;
import org.steplens.io.NativeJsonlWriter;
import org.steplens.io.OutputTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steplens convert FILE... -o OUT.jsonl}: to the StepLens native format, losslessly. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert data files (any supported format) to one StepLens native JSONL file.")
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "data files; several are combined into one")
    List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.jsonl",
            description = "the native file to write (replaced atomically; .gz compresses; - for standard output)")
    Path output;

    @Option(names = "--force", description = "allow the output to be one of the input files")
    boolean force;

    @Override
    public Integer call() {
        OutputTarget target = OutputTarget.of(output);
        try {
            target.checkNotInput(files, force);
            LoadResult result = DatasetLoader.loadAll(files, TerminalProgress.of(files));
            if (result.hasErrors()) {
                System.err.println("StepLens: some records could not be read:");
                InfoCommand.printErrors(System.err, result.errors());
            }
            if (result.dataset().problemCount() == 0) {
                System.err.println("StepLens: nothing could be read; " + target + " was not written");
                return ExitCodes.FAILED;
            }
            NativeJsonlWriter.write(result.dataset(), target);
            // with -o - the data is on standard output, so the summary goes to standard error
            (target.isStdout() ? System.err : System.out).println("wrote " + result.dataset().problemCount()
                    + " problems, " + result.dataset().solutionCount() + " solutions (" + result.format() + ") to "
                    + target);
            return ExitCodes.OK;
        } catch (IOException e) {
            System.err.println("StepLens: " + InfoCommand.describe(e));
            return ExitCodes.FAILED;
        }
    }
}
