package org.steplens.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "first-error", description = "not implemented yet")
public final class FirstErrorCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("steplens first-error: not implemented yet");
        return 2;
    }
}
