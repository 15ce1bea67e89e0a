package org.steplens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the app is opened on when no command is given: {@code steplens [FILE...]}, or {@code steplens --compare A B}
 * (A opened, and the run comparison with B shown).
 *
 * @param files       the files to open (run A alone with {@code --compare})
 * @param compareWith run B, or null
 */
public record GuiArguments(List<Path> files, Path compareWith) {
    public static final String COMPARE = "--compare";

    public GuiArguments {
        files = List.copyOf(files);
    }

    /** Whether the first argument is an option of the app rather than of a headless command. */
    public static boolean isGuiOption(String first) {
        return COMPARE.equals(first);
    }

    /** @throws IllegalArgumentException with a one-line usage message when {@code --compare} is not followed by two files */
    public static GuiArguments parse(String[] args) {
        if (args.length == 0 || !COMPARE.equals(args[0])) {
            List<Path> files = new ArrayList<>();
            for (String a : args) {
                files.add(Path.of(a));
            }
            return new GuiArguments(files, null);
        }
        if (args.length != 3) {
            throw new IllegalArgumentException(COMPARE + " takes two files, run A and run B (steplens --compare A B), got "
                    + (args.length - 1));
        }
        return new GuiArguments(List.of(Path.of(args[1])), Path.of(args[2]));
    }
}
