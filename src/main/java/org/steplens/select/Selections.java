package org.steplens.select;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.steplens.model.Problem;

/**
 * Selection on one problem with all its candidates, for a panel that shows each method's pick and the answer
 * classes. Tie rules are those of {@link PickState}, with candidates in file order (so ties go to the lower index).
 */
public final class Selections {
    private Selections() {
    }

    /** Reduces the problem and selects. For many settings on one problem, reduce once and use the other overload. */
    public static ProblemSelection pick(Problem problem, SelectionSettings settings) {
        return pick(problem.id(), CandidatePool.of(problem, settings), settings);
    }

    /**
     * Selects from a reduced pool. {@code problemId} only seeds the random pick, so that it is stable for a
     * problem and a seed.
     */
    public static ProblemSelection pick(String problemId, CandidatePool pool, SelectionSettings settings) {
        PickState state = new PickState(true);
        state.reset(pool);
        int[] fileOrder = new int[pool.size()];
        for (int i = 0; i < fileOrder.length; i++) {
            fileOrder[i] = i;
        }
        state.advance(fileOrder, 0, fileOrder.length);
        List<Pick> picks = new ArrayList<>();
        for (SelectionMethod m : settings.methods()) {
            int chosen = m == SelectionMethod.RANDOM ? randomCandidate(problemId, pool, settings.seed()) : state.pick(m);
            picks.add(chosen < 0 ? new Pick(m, -1, null, null) : new Pick(m, chosen, pool.answer(chosen), pool.correct(chosen)));
        }
        List<AnswerVotes> answers = new ArrayList<>();
        List<int[]> members = pool.classMembers();
        for (int c = 0; c < pool.classCount(); c++) {
            int[] m = members.get(c);
            answers.add(new AnswerVotes(pool.classAnswer(c), m, state.votes(c), state.prmSum(c), state.ormSum(c),
                    pool.correct(m[0])));
        }
        return new ProblemSelection(picks, answers);
    }

    private static int randomCandidate(String problemId, CandidatePool pool, long seed) {
        int answered = 0;
        for (int i = 0; i < pool.size(); i++) {
            if (pool.answerClass(i) >= 0) {
                answered++;
            }
        }
        if (answered == 0) {
            return -1;
        }
        int k = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ problemId.hashCode()).nextInt(answered);
        for (int i = 0; i < pool.size(); i++) {
            if (pool.answerClass(i) >= 0 && k-- == 0) {
                return i;
            }
        }
        throw new AssertionError("unreachable");
    }
}
