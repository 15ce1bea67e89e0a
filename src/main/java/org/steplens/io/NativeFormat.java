package org.steplens.io;

/**
 * The StepLens native format, version 1: JSON Lines, one problem per line, every line marked
 * {@code "format":"steplens/1"}. Absent values are left out. Numbers that JSON cannot hold are written as the
 * strings "NaN", "Infinity" and "-Infinity". An unrated step in {@code human_ratings} is {@code null}. Extra JSON is
 * embedded as an object when that reproduces its text exactly, else as a string. The reader ignores keys it does not
 * know (so a later minor addition does not make older builds refuse a file); the version in the marker changes when
 * the meaning of a known key does.
 *
 * <pre>
 * {"format":"steplens/1","id":..,"text":..,"ground_truth_answer":..,"ground_truth_solution":..,"subject":..,
 *  "level":..,"source":..,"extra":{..},
 *  "solutions":[{"id":..,"steps":[..],"final_answer":..,"correct":..,"generator":..,
 *                "scores":{"prm":0.09,"orm":0.63},"step_probabilities":{"prm":[..]},
 *                "three_way":[[p(+1),p(0),p(-1)],..],"human_ratings":[1,0,-1,null],
 *                "first_error_label":-1,"error_step_labels":[2,3],"extra":{..}}]}
 * </pre>
 */
final class NativeFormat {
    static final String NAME = "StepLens native";
    static final String MARKER = "steplens/1";

    static final String FORMAT = "format";
    static final String ID = "id";
    static final String TEXT = "text";
    static final String GROUND_TRUTH_ANSWER = "ground_truth_answer";
    static final String GROUND_TRUTH_SOLUTION = "ground_truth_solution";
    static final String SUBJECT = "subject";
    static final String LEVEL = "level";
    static final String SOURCE = "source";
    static final String EXTRA = "extra";
    static final String SOLUTIONS = "solutions";

    static final String STEPS = "steps";
    static final String FINAL_ANSWER = "final_answer";
    static final String CORRECT = "correct";
    static final String GENERATOR = "generator";
    static final String SCORES = "scores";
    static final String STEP_PROBABILITIES = "step_probabilities";
    static final String THREE_WAY = "three_way";
    static final String HUMAN_RATINGS = "human_ratings";
    static final String FIRST_ERROR_LABEL = "first_error_label";
    static final String ERROR_STEP_LABELS = "error_step_labels";

    static final String NAN = "NaN";
    static final String POSITIVE_INFINITY = "Infinity";
    static final String NEGATIVE_INFINITY = "-Infinity";

    private NativeFormat() {
    }
}
