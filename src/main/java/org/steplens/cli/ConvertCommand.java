package org.steplens.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "convert", description = "not implemented yet")
public final class ConvertCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("steplens convert: not implemented yet");
        return 2;
    }
}
