package org.steplens.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.CandidatePool;
import org.steplens.select.Pick;
import org.steplens.select.ProblemSelection;
import org.steplens.select.SelectionMethod;
import org.steplens.select.SelectionSettings;
import org.steplens.select.Selections;
import org.steplens.select.StepScoring;

/**
 * Finds examples of each {@link FailureKind} in a dataset. PRM scores and correctness follow the selection
 * settings (scorer, aggregation, grader); first errors use the given threshold on the step probabilities of
 * {@link StepScoring} (the settings' scorer and neutral policy), exactly as the solution view marks them.
 */
public final class FailureFinder {
    private final Dataset dataset;
    private final SelectionSettings settings;
    private final StepScoring scoring;
    private final double threshold;

    public FailureFinder(Dataset dataset, SelectionSettings settings, double threshold) {
        this.dataset = dataset;
        this.settings = settings;
        this.scoring = StepScoring.of(settings);
        this.threshold = threshold;
    }

    /** Wrong answers with PRM score at least {@code minScore}, highest score first. */
    public List<Failure> convincingWrongAnswers(double minScore) {
        record Scored(Failure failure, double score) {
        }
        List<Scored> found = new ArrayList<>();
        forEachSolution((pi, p, pool, si, s) -> {
            double score = pool.prmScore(si);
            if (Boolean.FALSE.equals(pool.correct(si)) && score >= minScore) {
                found.add(new Scored(new Failure(FailureKind.CONVINCING_WRONG_ANSWER, pi, p.id(), si,
                        String.format(Locale.ROOT, "PRM score %.3f, but the answer %s is wrong (truth %s)", score,
                                pool.answer(si), p.groundTruthAnswer())), score));
            }
        });
        found.sort(Comparator.comparingDouble(Scored::score).reversed());
        return found.stream().map(Scored::failure).toList();
    }

    /** Correct answers with a wrong step: by human label when there is one, else by the PRM's first error. */
    public List<Failure> rightAnswerWrongStep() {
        List<Failure> found = new ArrayList<>();
        forEachSolution((pi, p, pool, si, s) -> {
            if (!Boolean.TRUE.equals(pool.correct(si))) {
                return;
            }
            OptionalInt human = s.humanFirstError();
            if (human.isPresent()) {
                if (human.getAsInt() >= 0) {
                    found.add(new Failure(FailureKind.RIGHT_ANSWER_WRONG_STEP, pi, p.id(), si,
                            "correct answer " + pool.answer(si) + ", but humans mark step " + (human.getAsInt() + 1) + " wrong"));
                }
                return;
            }
            double[] probs = scoring.probabilities(s);
            int predicted = FirstErrorPredictor.predict(probs, threshold);
            if (predicted >= 0) {
                found.add(new Failure(FailureKind.RIGHT_ANSWER_WRONG_STEP, pi, p.id(), si, String.format(Locale.ROOT,
                        "correct answer %s, but the PRM gives step %d only %.3f", pool.answer(si), predicted + 1,
                        probs[predicted])));
            }
        });
        return found;
    }

    /**
     * Problems where one of the two methods picks a correct answer and the other does not. A method without a pick
     * (no ORM scores, no stated answer) has no opinion: it does not disagree, so a one-candidate problem never does.
     */
    public List<Failure> methodsDisagree(SelectionMethod a, SelectionMethod b) {
        SelectionSettings both = settings.withMethods(List.of(a, b));
        List<Failure> found = new ArrayList<>();
        List<Problem> problems = dataset.problems();
        for (int pi = 0; pi < problems.size(); pi++) {
            Problem p = problems.get(pi);
            ProblemSelection sel = Selections.pick(p, both);
            Pick pa = sel.pick(a).orElseThrow();
            Pick pb = sel.pick(b).orElseThrow();
            if (pa.hasPick() && pb.hasPick() && pa.solved() != pb.solved()) {
                found.add(new Failure(FailureKind.METHODS_DISAGREE, pi, p.id(), pa.solutionIndex(),
                        describe(pa) + "; " + describe(pb)));
            }
        }
        return found;
    }

    private static String describe(Pick pick) {
        if (!pick.hasPick()) {
            return pick.method().id() + " has no pick";
        }
        String verdict = pick.correct() == null ? "unknown" : pick.correct() ? "right" : "wrong";
        return pick.method().id() + " picks #" + (pick.solutionIndex() + 1) + " (" + pick.answer() + ", " + verdict + ")";
    }

    /** Solutions whose PRM first error (at the threshold) is later than the human one, or missing. */
    public List<Failure> prmLaterThanHuman() {
        return firstErrorMismatches(FailureKind.PRM_LATER_THAN_HUMAN);
    }

    /**
     * Solutions with a labelled first error (human ratings or the dataset's label, e.g. ProcessBench) where the PRM's
     * first error at the threshold differs as {@code kind} says: {@link FailureKind#PRM_LATER_THAN_HUMAN} (flags too
     * late, or not at all), {@link FailureKind#PRM_EARLIER_THAN_HUMAN} (flags too early, or flags a step of a
     * solution labelled correct) or {@link FailureKind#PRM_MISSES_FIRST_ERROR} (a labelled error the PRM does not put
     * on that step). Unscored solutions are left out.
     */
    public List<Failure> firstErrorMismatches(FailureKind kind) {
        List<Failure> found = new ArrayList<>();
        List<Problem> problems = dataset.problems();
        for (int pi = 0; pi < problems.size(); pi++) {
            Problem p = problems.get(pi);
            for (int si = 0; si < p.solutionCount(); si++) {
                Solution s = p.solution(si);
                OptionalInt label = s.humanFirstError();
                if (label.isEmpty()) {
                    continue;
                }
                double[] probs = scoring.probabilities(s);
                if (probs.length == 0) {
                    continue;
                }
                int predicted = FirstErrorPredictor.predict(probs, threshold);
                if (matches(kind, predicted, label.getAsInt())) {
                    found.add(new Failure(kind, pi, p.id(), si, describeMismatch(predicted, label.getAsInt())));
                }
            }
        }
        return found;
    }

    /** Whether a prediction against a label (both 0-based steps, -1 for "no error") is a mismatch of {@code kind}. */
    static boolean matches(FailureKind kind, int predicted, int label) {
        return switch (kind) {
            case PRM_LATER_THAN_HUMAN -> HumanAgreement.isLater(predicted, label);
            case PRM_EARLIER_THAN_HUMAN -> predicted >= 0 && (label < 0 || predicted < label);
            case PRM_MISSES_FIRST_ERROR -> label >= 0 && predicted != label;
            default -> throw new IllegalArgumentException(kind + " is not a first-error mismatch");
        };
    }

    private static String describeMismatch(int predicted, int label) {
        String truth = label < 0 ? "labelled correct throughout" : "first error labelled at step " + (label + 1);
        return truth + "; the PRM " + (predicted < 0 ? "finds no error" : "first flags step " + (predicted + 1));
    }

    private interface SolutionVisitor {
        void visit(int problemIndex, Problem problem, CandidatePool pool, int solutionIndex, Solution solution);
    }

    private void forEachSolution(SolutionVisitor visitor) {
        List<Problem> problems = dataset.problems();
        for (int pi = 0; pi < problems.size(); pi++) {
            Problem p = problems.get(pi);
            CandidatePool pool = CandidatePool.of(p, settings);
            for (int si = 0; si < p.solutionCount(); si++) {
                visitor.visit(pi, p, pool, si, p.solution(si));
            }
        }
    }
}
