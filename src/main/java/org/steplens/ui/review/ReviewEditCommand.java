package org.steplens.ui.review;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.steplens.review.ReviewEdit;
import org.steplens.ui.session.Command;

/**
 * One or more review edits as one undoable step. The forward and inverse edits are worked out when the command is
 * built; running it hands them to the review store (through {@code sink}), which writes them to the journal in the
 * background. Used by the review tab and by any view that tags a solution (e.g. the run comparison's hint check).
 */
public final class ReviewEditCommand implements Command {
    private final Consumer<List<ReviewEdit>> sink;
    private final List<ReviewEdit> forward;
    private final List<ReviewEdit> backward;
    private final String description;

    /**
     * @param sink     applies edits to the store and refreshes what shows them
     * @param forward  the edits
     * @param backward the edits that undo them ({@link org.steplens.review.ReviewInverse#ofAll})
     */
    public ReviewEditCommand(Consumer<List<ReviewEdit>> sink, List<ReviewEdit> forward, List<ReviewEdit> backward,
                             String description) {
        this.sink = sink;
        this.forward = List.copyOf(forward);
        this.backward = List.copyOf(backward);
        this.description = description;
    }

    @Override
    public void execute() {
        sink.accept(forward);
    }

    @Override
    public void undo() {
        sink.accept(backward.stream().map(e -> e.at(Instant.now())).toList());
    }

    @Override
    public void redo() {
        sink.accept(forward.stream().map(e -> e.at(Instant.now())).toList());
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
