package org.steplens.score;

import java.util.List;
import org.steplens.model.Dataset;

/**
 * What scoring produced.
 *
 * @param dataset   the input with, for every scored solution, step probabilities and a solution score (their
 *                  product) under the model's name; solutions that could not be scored get NaN step values
 * @param messages  one line per solution that could not be scored (too long for the model, no steps, ...)
 * @param scored    solutions run through the model
 * @param fromCache solutions whose scores came from the cache
 * @param skipped   solutions that could not be scored
 * @param tokens    tokens run through the model (excluding padding)
 */
public record ScoreResult(Dataset dataset, List<String> messages, int scored, int fromCache, int skipped, long tokens) {

    public ScoreResult {
        messages = List.copyOf(messages);
    }
}
