package org.steplens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.steplens.grade.Grader;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadError;
import org.steplens.io.SummarizedLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code steplens info FILE...}: what each file holds, and which records could not be read. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "For each file: format, problems, solutions, steps, scorers, labels and load errors.")
public final class InfoCommand implements Callable<Integer> {
    /** Load errors shown one by one before the total. */
    static final int SHOWN_ERRORS = 5;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "data files (any supported format, may be .gz)")
    List<Path> files;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        int failures = 0;
        for (Path file : files) {
            out.println(file);
            try {
                long gradingWarnings = Grader.prm800k().budgetWarnings();
                SummarizedLoad result = DatasetLoader.summarize(file, TerminalProgress.of(file));
                gradingWarnings = Grader.prm800k().budgetWarnings() - gradingWarnings;
                if (!result.nothingRead()) {
                    for (String line : result.summary().lines()) {
                        out.println("  " + line);
                    }
                } else {
                    failures++;
                }
                printErrors(out, result.errors());
                if (gradingWarnings > 0) {
                    // answers graded at load (correctness not stated in the file) that were over the budget
                    out.println("  grading warnings: " + gradingWarnings + " (answers over the grading budget,"
                            + " counted as not correct; last: " + Grader.prm800k().lastBudgetWarning() + ")");
                }
            } catch (IOException e) {
                out.println("  error: " + describe(e));
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    static void printErrors(PrintStream out, List<LoadError> errors) {
        if (errors.isEmpty()) {
            out.println("  load errors: none");
            return;
        }
        out.println("  load errors: " + errors.size());
        for (LoadError e : errors.subList(0, Math.min(SHOWN_ERRORS, errors.size()))) {
            out.println("    " + e.message());
        }
        if (errors.size() > SHOWN_ERRORS) {
            out.println("    ... and " + (errors.size() - SHOWN_ERRORS) + " more");
        }
    }

    /** IOException messages from the JDK name the file and reason, e.g. "x.json: file not found". */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : e.getClass().getSimpleName());
        }
        return e.getMessage();
    }
}
