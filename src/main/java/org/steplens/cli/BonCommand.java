package org.steplens.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "bon", description = "not implemented yet")
public final class BonCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("steplens bon: not implemented yet");
        return 2;
    }
}
