package org.steplens.ui.review;

import java.time.Instant;
import java.util.List;
import org.steplens.review.ReviewEdit;
import org.steplens.ui.session.Command;

/**
 * One or more review edits as one undoable step. The forward and inverse edits are worked out when the command is
 * built; running it hands them to the review store, which writes them to the journal in the background.
 */
final class ReviewEditCommand implements Command {
    private final ReviewModel model;
    private final List<ReviewEdit> forward;
    private final List<ReviewEdit> backward;
    private final String description;

    ReviewEditCommand(ReviewModel model, List<ReviewEdit> forward, List<ReviewEdit> backward, String description) {
        this.model = model;
        this.forward = List.copyOf(forward);
        this.backward = List.copyOf(backward);
        this.description = description;
    }

    @Override
    public void execute() {
        model.submit(forward);
    }

    @Override
    public void undo() {
        model.submit(backward.stream().map(e -> e.at(Instant.now())).toList());
    }

    @Override
    public void redo() {
        model.submit(forward.stream().map(e -> e.at(Instant.now())).toList());
    }

    @Override
    public String description() {
        return description;
    }

    /** Reviews are saved to their journal as they are made: the document itself does not change. */
    @Override
    public boolean changesDocument() {
        return false;
    }
}
