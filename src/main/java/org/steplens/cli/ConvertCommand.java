package org.steplens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadResult;
import org.steplens.io.NativeJsonlWriter;
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
            description = "the native file to write (replaced atomically; .gz compresses)")
    Path output;

    @Override
    public Integer call() {
        try {
            LoadResult result = DatasetLoader.loadAll(files, TerminalProgress.of(files));
            if (result.hasErrors()) {
                System.err.println("StepLens: some records could not be read:");
                InfoCommand.printErrors(System.err, result.errors());
            }
            if (result.dataset().problemCount() == 0 && result.hasErrors()) {
                System.err.println("StepLens: nothing could be read; " + output + " was not written");
                return 1;
            }
            NativeJsonlWriter.write(result.dataset(), output);
            System.out.println("wrote " + result.dataset().problemCount() + " problems, "
                    + result.dataset().solutionCount() + " solutions (" + result.format() + ") to " + output);
            return 0;
        } catch (IOException e) {
            System.err.println("StepLens: " + InfoCommand.describe(e));
            return 1;
        }
    }
}
