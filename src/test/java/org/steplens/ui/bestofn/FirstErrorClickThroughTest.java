package org.steplens.ui.bestofn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.steplens.analyze.FailureKind;
import org.steplens.ui.common.SynchronousTaskRunner;
import org.steplens.ui.session.ProblemListRequest;
import org.steplens.ui.session.Session;

/** A row of the first-error metrics table asks the problem list, through the session, for its subset's problems. */
class FirstErrorClickThroughTest {

    @Test
    void aSubsetRowAsksForItsProblemsAndTheAverageRowForAll() {
        Session session = new Session();
        FirstErrorViewModel model = new FirstErrorViewModel(new SynchronousTaskRunner(), session);
        model.showMismatches("math", FailureKind.PRM_MISSES_FIRST_ERROR);
        assertEquals(new ProblemListRequest(FailureKind.PRM_MISSES_FIRST_ERROR, "math"),
                session.problemListRequestProperty().get());
        int[] requests = {0};
        session.problemListRequestProperty().addListener((o, a, b) -> requests[0] += b == null ? 0 : 1);
        model.showMismatches("average", FailureKind.PRM_LATER_THAN_HUMAN);
        assertEquals(new ProblemListRequest(FailureKind.PRM_LATER_THAN_HUMAN, null), session.problemListRequestProperty().get());
        model.showMismatches("average", FailureKind.PRM_LATER_THAN_HUMAN);
        assertEquals(2, requests[0], "the same row clicked twice is two requests");
    }
}
