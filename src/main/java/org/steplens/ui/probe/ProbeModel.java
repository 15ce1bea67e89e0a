package org.steplens.ui.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.review.ReviewStore;
import org.steplens.review.SolutionKey;
import org.steplens.ui.common.LatestWins;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.Session;

/**
 * Probing the PRM by hand: the selected candidate's variant (its steps or problem edited by the user, each edit an
 * undoable {@link VariantCommand}), re-scored in the background with a local model (latest wins), and every step's
 * probability beside the original's. Variants are kept per candidate, never in the data file. FX thread only.
 */
public final class ProbeModel {
    /** The bundled model, relative to the StepLens home. */
    public static final String BUNDLED_MODEL = "samples/models/tiny-prm";

    private final Session session;
    private final LatestWins<Scores> scoring;
    private final TaskRunner runner;
    private final VariantScorer scorer = new VariantScorer();
    private final Map<SolutionKey, Variant> variants = new HashMap<>();
    /** Original step probabilities under the model, per candidate and model folder (they never change). */
    private final Map<String, double[]> originals = new HashMap<>();
    private final ObjectProperty<Path> modelFolder = new SimpleObjectProperty<>(this, "modelFolder");
    private final ReadOnlyObjectWrapper<Variant> variant = new ReadOnlyObjectWrapper<>(this, "variant");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<ProbeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> variantNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectProperty<ReviewStore> reviewStore;
    private VariantStore store;
    private SolutionKey key;
    private Problem problem;
    private List<String> originalSteps = List.of();
    private double[] before;
    private double[] after;
    /** Called with each re-score's time from edit to probabilities (for the benchmark and the status line). */
    private long editedAt;
    private long lastMillis = -1;

    /**
     * @param review the open dataset's review store: variants are kept in a journal beside it
     * @param runner background work (re-scoring, opening and closing the variant journal)
     */
    public ProbeModel(Session session, ReadOnlyObjectProperty<ReviewStore> review, TaskRunner runner) {
        this.session = session;
        this.runner = runner;
        this.reviewStore = review;
        this.scoring = new LatestWins<>(runner, "probe");
        session.problemProperty().addListener((o, a, p) -> follow());
        session.candidate(0).addListener((o, a, c) -> follow());
        modelFolder.addListener((o, a, f) -> rescore());
        review.addListener((o, a, r) -> openVariants(r));
        openVariants(review.get());
        follow();
    }

    /** Loads the variants kept beside {@code review} (closing the previous dataset's journal). */
    private void openVariants(ReviewStore review) {
        VariantStore old = store;
        store = null;
        variants.clear();
        originals.clear();
        if (old != null) {
            runner.run("probe-variants-close", token -> {
                old.close();
                return null;
            }, x -> { }, e -> session.showError("Could not save the probe variants " + old.path(), e));
        }
        if (review == null) {
            follow();
            return;
        }
        runner.run("probe-variants-open", token -> {
            VariantStore opened = VariantStore.beside(review);
            List<String> notices = new ArrayList<>();
            return new Opened(opened, opened.load(notices), notices);
        }, opened -> {
            if (review != reviewStore.get()) { // another file was opened meanwhile
                runner.run("probe-variants-close", t -> {
                    opened.store().close();
                    return null;
                }, x -> { }, e -> { });
                return;
            }
            store = opened.store();
            variants.putAll(opened.variants());
            if (!opened.notices().isEmpty()) {
                session.showStatus(String.join("; ", opened.notices()));
            }
            follow();
        }, e -> session.showError("Could not open the probe variants beside " + review.path(), e));
    }

    private record Opened(VariantStore store, Map<SolutionKey, Variant> variants, List<String> notices) {
    }

    /** The bundled model under {@code home}, or null when it is not there. */
    public static Path bundledModel(Path home) {
        Path folder = home.resolve(BUNDLED_MODEL);
        return Files.isRegularFile(folder.resolve(org.steplens.score.PrmModel.MODEL_FILE)) ? folder : null;
    }

    /** Shows the session's selected candidate (and its variant, if it has one). */
    private void follow() {
        Problem p = session.problem();
        int index = session.candidate(0).get();
        if (p == null || index < 0 || index >= p.solutionCount()) {
            key = null;
            problem = null;
            originalSteps = List.of();
        } else {
            key = new SolutionKey(p.id(), index);
            problem = p;
            originalSteps = p.solution(index).stepTexts();
        }
        variantNames.setAll(p == null ? List.of() : variantKeys(p).stream()
                .map(k -> "candidate " + (k.solution() + 1) + ": " + variants.get(k).name()).toList());
        variant.set(key == null ? null : variants.get(key));
        before = null;
        after = null;
        rescore();
    }

    // --- edits: each one an undoable command on the window's stack ---

    public void editStep(int index, String text) {
        Variant v = current();
        if (v != null && index >= 0 && index < v.steps().size() && !v.steps().get(index).equals(text)) {
            edit(v.withStep(index, text), "edit of step " + (index + 1));
        }
    }

    /** Inserts {@code text} as step {@code index} (0 … step count). */
    public void insertStep(int index, String text) {
        Variant v = current();
        if (v != null && index >= 0 && index <= v.steps().size()) {
            edit(v.withInserted(index, text), "inserted step " + (index + 1));
        }
    }

    public void deleteStep(int index) {
        Variant v = current();
        if (v != null && v.steps().size() > 1 && index >= 0 && index < v.steps().size()) {
            edit(v.withDeleted(index), "deleted step " + (index + 1));
        }
    }

    public void editProblem(String text) {
        Variant v = current();
        if (v != null && !v.problemText().equals(text)) {
            edit(v.withProblem(text), "edit of the problem");
        }
    }

    /** The variant to edit: the candidate's own, or a fresh copy of the original. */
    private Variant current() {
        if (key == null) {
            return null;
        }
        Variant v = variants.get(key);
        return v != null ? v : new Variant("variant of candidate " + (key.solution() + 1), problem.text(),
                originalSteps);
    }

    private void edit(Variant next, String description) {
        SolutionKey k = key;
        Variant previous = variants.get(k);
        session.commands().execute(new VariantCommand(v -> put(k, v), previous, next, description + " (probe)"));
    }

    /** Sets (null: removes) the variant of candidate {@code k}; shows it when {@code k} is the one shown. */
    private void put(SolutionKey k, Variant v) {
        if (v == null) {
            variants.remove(k);
        } else {
            variants.put(k, v);
        }
        if (store != null) {
            store.put(k, v); // in memory now, on disk in the background
        }
        editedAt = System.nanoTime();
        if (k.equals(key)) {
            follow();
        }
    }

    // --- scoring ---

    private void rescore() {
        Path folder = modelFolder.get();
        Variant v = variant.get();
        if (key == null || v == null) {
            scoring.cancel();
            running.set(false);
            show();
            status.set(key == null ? "Select a candidate to probe."
                    : "Edit a step or the problem to see how the PRM reacts; edits are undoable and never change the file.");
            return;
        }
        if (folder == null) {
            show();
            status.set("Choose a model (Model…) to re-score the variant.");
            return;
        }
        String originalKey = originalKey();
        double[] known = originals.get(originalKey);
        String problemText = problem.text();
        List<String> steps = originalSteps;
        running.set(true);
        status.set("Re-scoring with " + folder.getFileName() + "…");
        long started = editedAt;
        scoring.submit(token -> {
            double[] o = known != null ? known : scorer.score(folder, problemText, steps);
            double[] n = scorer.score(folder, v.problemText(), v.steps());
            return new Scores(originalKey, o, n);
        }, s -> {
            originals.put(s.originalKey(), s.before());
            before = s.before();
            after = s.after();
            running.set(false);
            lastMillis = (System.nanoTime() - started) / 1_000_000;
            show();
            status.set(String.format(Locale.ROOT, "Scored by %s in %,d ms.", scorer.modelName(), lastMillis));
        }, e -> {
            running.set(false);
            status.set("Re-scoring failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        });
    }

    /** Where the original's probabilities are remembered: per model, candidate and loaded problem. */
    private String originalKey() {
        return modelFolder.get() + "\n" + key + "\n" + System.identityHashCode(problem);
    }

    private record Scores(String originalKey, double[] before, double[] after) {
    }

    /** Builds the rows from the variant (or the original) and whatever scores are known. */
    private void show() {
        Variant v = variant.get();
        if (v == null) { // the original, with its probabilities when this model has scored it
            before = key == null ? null : originals.get(originalKey());
            after = before;
        }
        List<String> steps = v == null ? originalSteps : v.steps();
        int[] origin = StepAlignment.originalOf(originalSteps, steps);
        List<ProbeRow> out = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            int o = origin[i];
            double b = before != null && o >= 0 && o < before.length ? before[o] : Double.NaN;
            double a = after != null && i < after.length ? after[i] : Double.NaN;
            boolean changed = o < 0 || !originalSteps.get(o).equals(steps.get(i));
            out.add(new ProbeRow(i, steps.get(i), b, a, changed));
        }
        rows.setAll(out);
    }

    /**
     * The shown candidate's original and its variant, each with what the probe's model says of its steps, for showing
     * them side by side.
     *
     * @param problem   the problem as loaded
     * @param candidate the candidate's index
     * @param before    the original's step probabilities under the probe's model (empty until scored)
     * @param variant   the edited copy
     * @param after     the variant's step probabilities (empty until re-scored)
     * @param model     the model folder's name, or null when none is chosen
     */
    public record Comparison(Problem problem, int candidate, double[] before, Variant variant, double[] after,
                             String model) {
    }

    /** The shown candidate against its variant; empty when it has none. */
    public java.util.Optional<Comparison> comparison() {
        Variant v = variant.get();
        if (key == null || v == null) {
            return java.util.Optional.empty();
        }
        Path folder = modelFolder.get();
        return java.util.Optional.of(new Comparison(problem, key.solution(),
                before == null ? new double[0] : before.clone(), v, after == null ? new double[0] : after.clone(),
                folder == null ? null : folder.getFileName().toString()));
    }

    /** Shows the candidate of entry {@code index} of {@link #variantNames()} (in the selected problem). */
    public void showVariant(int index) {
        Problem p = session.problem();
        if (p == null || index < 0) {
            return;
        }
        List<SolutionKey> keys = variantKeys(p);
        if (index < keys.size()) {
            session.selectCandidate(keys.get(index).solution());
        }
    }

    private List<SolutionKey> variantKeys(Problem p) {
        return variants.keySet().stream().filter(k -> k.problemId().equals(p.id())).sorted().toList();
    }

    /** Stops re-scoring, writes the variants and closes the model (the window is closing, as the review does). */
    public void dispose() {
        scoring.cancel();
        VariantStore open = store;
        store = null;
        try {
            if (open != null) {
                open.close();
            }
        } catch (java.io.IOException e) {
            session.showError("Could not save the probe variants " + open.path(), e);
        } finally {
            scorer.close();
        }
    }

    public ObjectProperty<Path> modelFolderProperty() {
        return modelFolder;
    }

    /** The shown candidate's variant, null when it has none (the original is shown). */
    public ReadOnlyObjectProperty<Variant> variantProperty() {
        return variant.getReadOnlyProperty();
    }

    public ObservableList<ProbeRow> rows() {
        return rows;
    }

    /** The problem's candidates that have a variant, e.g. "candidate 2: variant of candidate 2". */
    public ObservableList<String> variantNames() {
        return variantNames;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Milliseconds from the last edit to its probabilities on screen; -1 before the first. */
    public long lastMillis() {
        return lastMillis;
    }

    /** The problem text the PRM sees for the shown candidate (the variant's, else the original). */
    public String problemText() {
        Variant v = variant.get();
        return v != null ? v.problemText() : problem == null ? "" : problem.text();
    }

    public void cancel() {
        scoring.cancel();
        running.set(false);
        status.set("Re-scoring cancelled.");
    }
}
