package org.steplens.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "grade", description = "not implemented yet")
public final class GradeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("steplens grade: not implemented yet");
        return 2;
    }
}
