package org.steplens.ui.browse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.steplens.analyze.FailureKind;
import org.steplens.model.Problem;
import org.steplens.ui.session.ProblemAnalyzer;
import org.steplens.ui.session.ProblemFlags;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.common.Counts;
import org.steplens.ui.common.LatestWins;
import org.steplens.ui.common.TaskRunner;

/**
 * The problem list: search, filters, sort, counts and the selection. Follows a growing list of problems (a file
 * still loading). Flags that depend on the scoring settings ("methods disagree", …) are computed in the background
 * for every problem, latest wins.
 */
public final class ProblemListViewModel {
    /** The filter value meaning "any". */
    public static final String ANY = "All";

    private final ObservableList<ProblemItem> items = FXCollections.observableArrayList();
    private final FilteredList<ProblemItem> filtered = new FilteredList<>(items);
    private final SortedList<ProblemItem> sorted = new SortedList<>(filtered);
    private final ProblemAnalyzer analyzer;
    private final LatestWins<ProblemFlags[]> flagWork;
    private ProblemFlags[] flags = new ProblemFlags[0];
    private AnalysisSettings settings = AnalysisSettings.DEFAULT;
    private boolean flagsStale = true;

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", ANY);
    private final StringProperty level = new SimpleStringProperty(this, "level", ANY);
    private final StringProperty source = new SimpleStringProperty(this, "source", ANY);
    private final BooleanProperty methodsDisagree = new SimpleBooleanProperty(this, "methodsDisagree");
    private final BooleanProperty convincingWrongAnswer = new SimpleBooleanProperty(this, "convincingWrongAnswer");
    private final BooleanProperty rightAnswerWrongStep = new SimpleBooleanProperty(this, "rightAnswerWrongStep");
    private final BooleanProperty humanLabels = new SimpleBooleanProperty(this, "humanLabels");
    private final BooleanProperty prmMissesFirstError = new SimpleBooleanProperty(this, "prmMissesFirstError");
    private final BooleanProperty prmFlagsTooEarly = new SimpleBooleanProperty(this, "prmFlagsTooEarly");
    private final BooleanProperty prmFlagsTooLate = new SimpleBooleanProperty(this, "prmFlagsTooLate");
    private final ObjectProperty<ProblemSort> sort = new SimpleObjectProperty<>(this, "sort", ProblemSort.FILE);
    private final ObjectProperty<ProblemItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyBooleanWrapper flagsReady = new ReadOnlyBooleanWrapper(this, "flagsReady");
    private final ObservableList<String> subjects = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> levels = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> sources = FXCollections.observableArrayList(ANY);

    public ProblemListViewModel(ObservableList<Problem> problems, ProblemAnalyzer analyzer, TaskRunner flagRunner) {
        this.analyzer = analyzer;
        this.flagWork = new LatestWins<>(flagRunner, "problem-flags");
        problems.addListener((ListChangeListener<Problem>) change -> follow(problems, change));
        if (!problems.isEmpty()) {
            rebuild(problems);
        }
        for (Observable o : List.<Observable>of(search, subject, level, source, methodsDisagree, convincingWrongAnswer,
                rightAnswerWrongStep, humanLabels, prmMissesFirstError, prmFlagsTooEarly, prmFlagsTooLate)) {
            o.addListener(x -> refilter());
        }
        for (BooleanProperty flag : flagFilters()) {
            flag.addListener((obs, was, on) -> {
                if (on) {
                    startFlags();
                }
            });
        }
        sort.addListener((obs, old, now) -> {
            if (now == null) {
                sort.set(ProblemSort.FILE);
                return;
            }
            resort();
            if (now.needsFlags()) {
                startFlags();
            }
        });
        resort();
        refilter();
    }

    private void follow(ObservableList<Problem> problems, ListChangeListener.Change<? extends Problem> change) {
        boolean appendOnly = true;
        while (change.next()) {
            if (!change.wasAdded() || change.wasRemoved() || change.getFrom() != items.size()) {
                appendOnly = false;
            }
        }
        if (!appendOnly) {
            rebuild(problems);
            return;
        }
        List<ProblemItem> added = new ArrayList<>();
        for (int i = items.size(); i < problems.size(); i++) {
            added.add(new ProblemItem(i, problems.get(i)));
        }
        items.addAll(added);
        updateFacets();
        if (selected.get() == null && !sorted.isEmpty()) {
            selected.set(sorted.get(0));
        }
        updateCount();
    }

    private void rebuild(List<Problem> problems) {
        List<ProblemItem> all = new ArrayList<>(problems.size());
        for (int i = 0; i < problems.size(); i++) {
            all.add(new ProblemItem(i, problems.get(i)));
        }
        // the same file rescored keeps its place: reselect the problem at the same position
        int keep = selected.get() == null ? -1 : selected.get().index();
        selected.set(null);
        items.setAll(all);
        flags = new ProblemFlags[0];
        flagsStale = true;
        flagsReady.set(false);
        updateFacets();
        if (keep >= 0 && keep < all.size() && filtered.contains(all.get(keep))) {
            selected.set(all.get(keep));
        } else if (!sorted.isEmpty()) {
            selected.set(sorted.get(0));
        }
        updateCount();
    }

    /**
     * The settings changed (or a file finished loading): the flags are stale. They cover every problem and cost
     * a selection per problem, so they are recomputed only while a flag filter is on (or at once when one is).
     */
    public void computeFlags(AnalysisSettings next) {
        this.settings = next;
        flagsStale = true;
        flagsReady.set(false);
        flagWork.cancel();
        if (flagsWanted()) {
            startFlags();
        }
        updateCount();
    }

    /** The filters that read the flags (computed for the settings in the background). */
    private List<BooleanProperty> flagFilters() {
        return List.of(methodsDisagree, convincingWrongAnswer, rightAnswerWrongStep, prmMissesFirstError,
                prmFlagsTooEarly, prmFlagsTooLate);
    }

    private boolean anyFlagFilter() {
        return flagFilters().stream().anyMatch(BooleanProperty::get);
    }

    /** Whether the flags are needed now: a filter or the order reads them. */
    private boolean flagsWanted() {
        return anyFlagFilter() || sort.get().needsFlags();
    }

    /** A fresh comparator, so the sorted list re-reads the flags (they change when recomputed). */
    private void resort() {
        sorted.setComparator(sort.get().comparator(this::flags));
    }

    private void startFlags() {
        if (!flagsStale || items.isEmpty()) {
            return;
        }
        flagsStale = false;
        AnalysisSettings next = settings;
        List<Problem> snapshot = items.stream().map(ProblemItem::problem).toList();
        flagWork.submit(token -> {
            ProblemFlags[] out = new ProblemFlags[snapshot.size()];
            for (int i = 0; i < out.length; i++) {
                if (token.isCancelled()) {
                    throw new java.util.concurrent.CancellationException();
                }
                out[i] = analyzer.flags(snapshot.get(i), next);
            }
            return out;
        }, result -> {
            flags = result;
            flagsReady.set(true);
            refilter();
            if (sort.get().needsFlags()) {
                resort();
            }
        }, error -> {
            flagsReady.set(false);
            count.set("Could not compute problem flags: " + error.getMessage());
            org.slf4j.LoggerFactory.getLogger(ProblemListViewModel.class).warn("problem flags failed", error);
        });
    }

    public AnalysisSettings flagSettings() {
        return settings;
    }

    private void updateFacets() {
        TreeSet<String> subj = new TreeSet<>();
        TreeSet<Integer> lev = new TreeSet<>();
        TreeSet<String> src = new TreeSet<>();
        for (ProblemItem i : items) {
            Problem p = i.problem();
            if (p.subject() != null) {
                subj.add(p.subject());
            }
            if (p.level() != null) {
                lev.add(p.level());
            }
            if (p.source() != null) {
                src.add(p.source());
            }
        }
        syncFacet(subjects, new ArrayList<>(subj), subject);
        syncFacet(levels, lev.stream().map(String::valueOf).toList(), level);
        syncFacet(sources, new ArrayList<>(src), source);
    }

    private static void syncFacet(ObservableList<String> target, List<String> values, StringProperty chosen) {
        List<String> next = new ArrayList<>();
        next.add(ANY);
        next.addAll(values);
        String keep = chosen.get();
        if (!target.equals(next)) {
            target.setAll(next);
        }
        // a combo box bound to the choice clears it when its items change; a value that is gone means "any"
        chosen.set(keep != null && next.contains(keep) ? keep : ANY);
    }

    private void refilter() {
        String[] words = Arrays.stream(search.get().toLowerCase(Locale.ROOT).trim().split("\\s+"))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        String subj = subject.get();
        String lev = level.get();
        String src = source.get();
        boolean disagree = methodsDisagree.get();
        boolean convincing = convincingWrongAnswer.get();
        boolean rightWrong = rightAnswerWrongStep.get();
        boolean human = humanLabels.get();
        boolean misses = prmMissesFirstError.get();
        boolean early = prmFlagsTooEarly.get();
        boolean late = prmFlagsTooLate.get();
        ProblemFlags[] f = flags;
        Predicate<ProblemItem> keep = item -> {
            Problem p = item.problem();
            if (!isAny(subj) && !subj.equals(p.subject())) {
                return false;
            }
            if (!isAny(lev) && (p.level() == null || !lev.equals(String.valueOf(p.level())))) {
                return false;
            }
            if (!isAny(src) && !src.equals(p.source())) {
                return false;
            }
            if (human && !item.hasHumanLabels()) {
                return false;
            }
            if (disagree || convincing || rightWrong || misses || early || late) {
                ProblemFlags pf = item.index() < f.length ? f[item.index()] : ProblemFlags.NONE;
                if ((disagree && !pf.methodsDisagree()) || (convincing && !pf.convincingWrongAnswer())
                        || (rightWrong && !pf.rightAnswerWrongStep()) || (misses && !pf.prmMissesFirstError())
                        || (early && !pf.prmFlagsTooEarly()) || (late && !pf.prmFlagsTooLate())) {
                    return false;
                }
            }
            return item.matches(words);
        };
        filtered.setPredicate(keep);
        followSelection();
        updateCount();
    }

    /**
     * The selection stays in the list: a problem the search or a filter just removed is no longer shown (the first
     * visible one is, or none when nothing matches); when problems match again, the first is shown.
     */
    private void followSelection() {
        ProblemItem now = selected.get();
        if ((now == null || !filtered.contains(now)) && !(now == null && sorted.isEmpty())) {
            selected.set(sorted.isEmpty() ? null : sorted.get(0));
        }
    }

    private static boolean isAny(String v) {
        return v == null || ANY.equals(v);
    }

    private void updateCount() {
        String text = filtered.size() == items.size() ? Counts.of(items.size(), "problem")
                : String.format(Locale.ROOT, "%,d of %s", filtered.size(), Counts.of(items.size(), "problem"));
        if (flagsWanted() && !flagsReady.get()) {
            text += " · finding cases…";
        }
        count.set(text);
    }

    /** Selects the next (+1) or previous (-1) visible problem. */
    public void move(int delta) {
        if (sorted.isEmpty()) {
            return;
        }
        int at = selected.get() == null ? -1 : sorted.indexOf(selected.get());
        int next = at < 0 ? 0 : Math.max(0, Math.min(sorted.size() - 1, at + delta));
        selected.set(sorted.get(next));
    }

    public void clearFilters() {
        search.set("");
        subject.set(ANY);
        level.set(ANY);
        source.set(ANY);
        methodsDisagree.set(false);
        convincingWrongAnswer.set(false);
        rightAnswerWrongStep.set(false);
        humanLabels.set(false);
        prmMissesFirstError.set(false);
        prmFlagsTooEarly.set(false);
        prmFlagsTooLate.set(false);
    }

    /**
     * Shows only the problems where the PRM's first error differs from the labelled one as {@code kind} says
     * ("misses", "too early", "too late"), optionally of one dataset only: other filters are cleared.
     *
     * @param subset a dataset (source) of the list, or a ProcessBench subset as its metrics name it ("math" for
     *               "processbench/math"); null or unknown (e.g. "average") for every dataset
     */
    public void showFirstErrorMismatches(org.steplens.analyze.FailureKind kind, String subset) {
        clearFilters();
        if (subset != null && sources.contains(subset)) {
            source.set(subset);
        } else if (subset != null && sources.contains("processbench/" + subset)) {
            source.set("processbench/" + subset);
        }
        switch (kind) {
            case PRM_MISSES_FIRST_ERROR -> prmMissesFirstError.set(true);
            case PRM_EARLIER_THAN_HUMAN -> prmFlagsTooEarly.set(true);
            case PRM_LATER_THAN_HUMAN -> prmFlagsTooLate.set(true);
            default -> throw new IllegalArgumentException(kind + " is not a first-error mismatch");
        }
    }

    /** The failure filters that are on, in the order the list shows them. */
    public List<FailureKind> activeFailureKinds() {
        List<FailureKind> on = new ArrayList<>();
        if (methodsDisagree.get()) {
            on.add(FailureKind.METHODS_DISAGREE);
        }
        if (convincingWrongAnswer.get()) {
            on.add(FailureKind.CONVINCING_WRONG_ANSWER);
        }
        if (rightAnswerWrongStep.get()) {
            on.add(FailureKind.RIGHT_ANSWER_WRONG_STEP);
        }
        if (prmMissesFirstError.get()) {
            on.add(FailureKind.PRM_MISSES_FIRST_ERROR);
        }
        if (prmFlagsTooEarly.get()) {
            on.add(FailureKind.PRM_EARLIER_THAN_HUMAN);
        }
        if (prmFlagsTooLate.get()) {
            on.add(FailureKind.PRM_LATER_THAN_HUMAN);
        }
        return on;
    }

    /** The visible problems, filtered and sorted. */
    public ObservableList<ProblemItem> visible() {
        return sorted;
    }

    public int total() {
        return items.size();
    }

    /** The flags of a problem, or {@link ProblemFlags#NONE} while they are being computed. */
    public ProblemFlags flags(ProblemItem item) {
        return item.index() < flags.length ? flags[item.index()] : ProblemFlags.NONE;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty levelProperty() {
        return level;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public BooleanProperty methodsDisagreeProperty() {
        return methodsDisagree;
    }

    public BooleanProperty convincingWrongAnswerProperty() {
        return convincingWrongAnswer;
    }

    public BooleanProperty rightAnswerWrongStepProperty() {
        return rightAnswerWrongStep;
    }

    public BooleanProperty humanLabelsProperty() {
        return humanLabels;
    }

    public BooleanProperty prmMissesFirstErrorProperty() {
        return prmMissesFirstError;
    }

    public BooleanProperty prmFlagsTooEarlyProperty() {
        return prmFlagsTooEarly;
    }

    public BooleanProperty prmFlagsTooLateProperty() {
        return prmFlagsTooLate;
    }

    public ObjectProperty<ProblemSort> sortProperty() {
        return sort;
    }

    public ObjectProperty<ProblemItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty flagsReadyProperty() {
        return flagsReady.getReadOnlyProperty();
    }

    public ObservableList<String> subjects() {
        return subjects;
    }

    public ObservableList<String> levels() {
        return levels;
    }

    public ObservableList<String> sources() {
        return sources;
    }
}
