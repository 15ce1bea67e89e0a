package org.steplens.ui.review;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.steplens.review.StepRating;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.Session;

/** The review keys, active in review mode whenever the focus is not in a text field. */
public final class ReviewKeys {
    private ReviewKeys() {
    }

    /** Handles (and consumes) a review key; anything else passes through. */
    public static void handle(KeyEvent e, ReviewModel model, ReviewPanel panel, Runnable nextUnreviewed) {
        if (!model.reviewModeProperty().get() || e.isShortcutDown() || e.isAltDown()
                || e.getTarget() instanceof TextInputControl) {
            return;
        }
        StepRating rating = switch (e.getCode()) {
            case DIGIT1, NUMPAD1, MINUS, SUBTRACT -> StepRating.NEGATIVE;
            case DIGIT2, NUMPAD2, DIGIT0, NUMPAD0 -> StepRating.NEUTRAL;
            case DIGIT3, NUMPAD3, PLUS, ADD, EQUALS -> StepRating.POSITIVE;
            case U -> StepRating.UNSURE;
            default -> null;
        };
        if (rating != null) {
            model.rateFocused(rating);
            e.consume();
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            model.moveFocus(code == KeyCode.DOWN ? 1 : -1);
        } else if (code == KeyCode.T) {
            panel.showTags();
        } else if (code == KeyCode.N) {
            panel.editNote();
        } else if (code == KeyCode.J) {
            nextUnreviewed.run();
        } else {
            return;
        }
        e.consume();
    }

    /** Agreement of this review's reviewers, the PRM under the session's settings and the dataset's labels. */
    public static void showAgreement(ReviewModel model, TaskRunner runner, Session session, javafx.stage.Window owner) {
        String scorer = session.settings().stepScorer();
        org.steplens.select.StepScoring rule = new org.steplens.select.StepScoring(scorer,
                session.settings().neutralPolicy());
        AgreementDialog.show(model, runner, s -> {
            double[] p = rule.probabilities(s);
            return p.length == 0 ? null : p;
        }, scorer, session.settings().threshold(), owner);
    }
}
