package org.steplens.cli;

import java.util.Set;
import org.steplens.model.Dataset;

/**
 * Which step scorer {@code bon} and {@code first-error} use when {@code --scorer} is not given: the one named
 * {@code prm} when the file has it, else the file's only step scorer (e.g. the model {@code score} just wrote).
 */
final class StepScorerChoice {
    static final String CONVENTIONAL = "prm";

    private StepScorerChoice() {
    }

    /** {@code given} when set; otherwise the default as above ("prm" also when the file has no step scorer). */
    static String resolve(Dataset dataset, String given) {
        if (given != null) {
            return given;
        }
        Set<String> names = dataset.stepScorers();
        if (names.contains(CONVENTIONAL) || names.isEmpty()) {
            return CONVENTIONAL;
        }
        if (names.size() == 1) {
            return names.iterator().next();
        }
        throw new CommandFailure("the data has several step scorers " + names + "; choose one with --scorer",
                ExitCodes.USAGE);
    }
}
