package org.steplens.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "info", description = "not implemented yet")
public final class InfoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("steplens info: not implemented yet");
        return 2;
    }
}
