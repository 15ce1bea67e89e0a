package org.steplens.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "score", description = "not implemented yet")
public final class ScoreCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("steplens score: not implemented yet");
        return 2;
    }
}
