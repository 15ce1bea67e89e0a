package org.steplens.ui.present;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.steplens.deck.Deck;
import org.steplens.deck.DeckCase;
import org.steplens.deck.DeckFile;
import org.steplens.deck.FailureCases;
import org.steplens.analyze.FailureKind;
import org.steplens.model.Problem;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.session.Session;

/**
 * The open data file's deck: read from {@code NAME.steplens-deck.json} beside it when the file opens, changed only
 * through undoable {@link DeckEdit}s, and written back in the background after every change (one write at a time,
 * the newest deck last). Also moves the session to a case of the deck (presenter mode's PageDown / PageUp).
 */
public final class DeckModel {
    private final Session session;
    private final TaskRunner io;
    private final ReadOnlyObjectWrapper<Deck> deck = new ReadOnlyObjectWrapper<>(this, "deck", Deck.EMPTY);
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", -1);
    private Path file;
    private boolean writing;
    private boolean pending;

    public DeckModel(Session session, TaskRunner io) {
        this.session = session;
        this.io = io;
        session.datasetProperty().addListener((o, a, d) -> {
            if (d != null && a == null) {
                load();
            }
        });
    }

    private void load() {
        if (session.files().isEmpty()) {
            return;
        }
        Path target = DeckFile.beside(session.files().get(0));
        long document = session.documentId();
        io.run("read deck", t -> DeckFile.read(target), loaded -> {
            if (!session.isOpen(document)) {
                return;
            }
            file = target;
            deck.set(loaded.deck());
            position.set(-1);
            if (!loaded.problems().isEmpty()) {
                session.showStatus(loaded.problems().get(0)
                        + (loaded.problems().size() > 1 ? " (and " + (loaded.problems().size() - 1) + " more)" : ""));
            } else if (loaded.deck().size() > 0) {
                session.showStatus("Deck: " + loaded.deck().size() + " cases from " + target.getFileName());
            }
        }, e -> session.showError("Could not read the deck " + target, e));
    }

    /** Bookmarks the shown candidate under the current settings (Ctrl+B); false when nothing is shown or it is there already. */
    public boolean bookmark() {
        Problem p = session.problem();
        int candidate = session.candidate(0).get();
        if (p == null || candidate < 0) {
            session.showStatus("Nothing to bookmark: select a candidate first.");
            return false;
        }
        AnalysisSettings s = session.settings();
        DeckCase c = new DeckCase(p.id(), candidate, s.stepScorer(), s.aggregation(), s.threshold(), "");
        if (deck.get().indexOf(c) >= 0) {
            session.showStatus(p.id() + ", candidate " + (candidate + 1) + " is in the deck already.");
            return false;
        }
        edit(deck.get().add(c), "bookmark " + p.id() + " #" + (candidate + 1));
        session.showStatus("Added to the deck (" + deck.get().size() + " cases).");
        return true;
    }

    /**
     * "Add to deck" on a failure filter's result: every listed problem's failing candidate (see {@link FailureCases})
     * under the settings the filter ran with, found in the background and added as one undoable edit; cases the
     * deck holds already are skipped.
     *
     * @param problems the filter's result, in the order shown
     * @param kinds    the failure filters that are on
     * @param settings the settings the filter's flags were computed with
     */
    public void addFailures(List<Problem> problems, List<FailureKind> kinds, AnalysisSettings settings) {
        if (kinds.isEmpty() || problems.isEmpty()) {
            session.showStatus(kinds.isEmpty() ? "Turn on a failure filter first (methods disagree, convincing wrong "
                    + "answer, right answer with a wrong step)." : "The filter shows no problem: nothing to add.");
            return;
        }
        Problem shown = session.problem();
        FailureCases.Settings at = new FailureCases.Settings(settings.stepScorer(), settings.aggregation(),
                settings.threshold(), shown == null ? null : shown.id(), session.candidate(0).get());
        List<Problem> snapshot = List.copyOf(problems);
        List<FailureKind> filters = List.copyOf(kinds);
        long document = session.documentId();
        String what = filters.stream().map(FailureCases::label).collect(Collectors.joining(" + "));
        session.showStatus("Finding the cases of " + what + "…");
        io.run("add failures to deck", t -> FailureCases.of(snapshot, filters, at, t::isCancelled), found -> {
            if (!session.isOpen(document)) {
                return;
            }
            Deck after = deck.get().addNew(found.cases());
            int added = after.size() - deck.get().size();
            if (added > 0) {
                edit(after, "add " + added + " case" + (added == 1 ? "" : "s") + " of " + what);
            }
            session.showStatus("Added " + added + " case" + (added == 1 ? "" : "s") + " of " + what + " to the deck ("
                    + after.size() + " in all)" + (found.cases().size() > added
                    ? "; " + (found.cases().size() - added) + " were in it already" : "")
                    + (found.leftOut() > 0 ? "; " + found.leftOut() + " more left out (at most "
                    + FailureCases.LIMIT + " at once)" : "") + ".");
        }, e -> session.showError("Could not add the filtered cases to the deck", e));
    }

    public void remove(int i) {
        edit(deck.get().remove(i), "remove case " + (i + 1) + " from the deck");
    }

    public void move(int from, int to) {
        if (from != to && to >= 0 && to < deck.get().size()) {
            edit(deck.get().move(from, to), "move case " + (from + 1) + " to " + (to + 1));
        }
    }

    public void annotate(int i, String note) {
        if (!deck.get().get(i).note().equals(note)) {
            edit(deck.get().annotate(i, note), "note on case " + (i + 1));
        }
    }

    private void edit(Deck after, String description) {
        session.commands().execute(new DeckEdit(this::apply, deck.get(), after, description));
    }

    private void apply(Deck next) {
        deck.set(next);
        if (position.get() >= next.size()) {
            position.set(next.size() - 1);
        }
        save();
    }

    /** Writes the deck; while a write runs, the newest deck is written once more after it. */
    private void save() {
        if (file == null) {
            if (session.files().isEmpty()) {
                return;
            }
            file = DeckFile.beside(session.files().get(0));
        }
        if (writing) {
            pending = true;
            return;
        }
        writing = true;
        Deck snapshot = deck.get();
        Path target = file;
        io.run("save deck", t -> {
            DeckFile.write(target, snapshot);
            return target;
        }, saved -> finished(), e -> {
            session.showError("Could not save the deck " + target, e);
            finished();
        });
    }

    private void finished() {
        writing = false;
        if (pending) {
            pending = false;
            save();
        }
    }

    /** Exports the deck to a PDF in the background, one case per page, with the notes under the cards. */
    public void exportPdf(Path out) {
        org.steplens.model.Dataset data = session.dataset();
        Deck snapshot = deck.get();
        if (data == null || snapshot.size() == 0) {
            session.showStatus("Nothing to export: the deck is empty.");
            return;
        }
        session.showStatus("Exporting the deck to " + out.getFileName() + "…");
        io.run("export deck", t -> org.steplens.deck.DeckPdf.write(snapshot, data, out, true), r ->
                session.showStatus("Deck exported: " + r.pages() + " pages to " + out
                        + (r.skipped().isEmpty() ? "" : "; left out " + String.join("; ", r.skipped()))),
                e -> session.showError("Could not export the deck to " + out, e));
    }

    /** Writes each case as a PNG and an SVG card into {@code folder} in the background (never replacing a file). */
    public void exportCards(Path folder) {
        org.steplens.model.Dataset data = session.dataset();
        Deck snapshot = deck.get();
        if (data == null || snapshot.size() == 0) {
            session.showStatus("Nothing to export: the deck is empty.");
            return;
        }
        io.run("export cards", t -> org.steplens.deck.DeckCards.of(snapshot, data).writeImages(folder), files ->
                session.showStatus("Deck exported: " + files.size() + " card files to " + folder),
                e -> session.showError("Could not export the cards to " + folder, e));
    }

    /** Shows the case {@code step} places after the current one (PageDown +1, PageUp -1); false at either end. */
    public boolean go(int step) {
        int next = position.get() + step;
        if (next < 0 || next >= deck.get().size()) {
            return false;
        }
        return show(next);
    }

    /** Shows case {@code i}: its problem, candidate and settings; false (with a status) when the problem is not in the file. */
    public boolean show(int i) {
        DeckCase c = deck.get().get(i);
        Problem p = session.problems().stream().filter(x -> x.id().equals(c.problemId())).findFirst().orElse(null);
        if (p == null || c.candidate() >= p.solutionCount()) {
            session.showStatus("Deck case " + (i + 1) + ": " + c.problemId() + " candidate " + (c.candidate() + 1)
                    + " is not in the open file.");
            return false;
        }
        position.set(i);
        // moving through a deck is navigation, not an edit: the case's settings are applied without an undo step
        session.adjustSettings(new AnalysisSettings(c.scorer(), c.aggregation().reduction(), c.aggregation().neutral(),
                c.threshold()));
        session.problemProperty().set(p);
        session.selectCandidate(c.candidate());
        return true;
    }

    public ReadOnlyObjectProperty<Deck> deckProperty() {
        return deck.getReadOnlyProperty();
    }

    public Deck deck() {
        return deck.get();
    }

    /** The case shown last through {@link #go} or {@link #show}, -1 for none. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** Where the deck is saved; null until a file is open. */
    public Path file() {
        return file;
    }
}
