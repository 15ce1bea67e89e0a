package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.ui.analysis.CoreProblemAnalyzer;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.browse.ProblemItem;
import org.steplens.ui.browse.ProblemListViewModel;
import org.steplens.ui.browse.ProblemSort;
import org.steplens.ui.common.SynchronousTaskRunner;

class ProblemListViewModelTest {
    private final Dataset data = UiFixtures.generated(30, 6, 11);
    private ObservableList<Problem> problems;
    private ProblemListViewModel vm;
    private CoreProblemAnalyzer analyzer;

    @BeforeEach
    void setUp() {
        problems = FXCollections.observableArrayList();
        analyzer = new CoreProblemAnalyzer();
        vm = new ProblemListViewModel(problems, analyzer, new SynchronousTaskRunner());
    }

    @Test
    void followsAGrowingListAndSelectsTheFirstProblemAtOnce() {
        problems.addAll(data.problems().subList(0, 5));
        assertEquals("5 problems", vm.countProperty().get());
        ProblemItem first = vm.selectedProperty().get();
        assertSame(data.problems().get(0), first.problem());
        problems.addAll(data.problems().subList(5, 30));
        assertEquals("30 problems", vm.countProperty().get());
        assertSame(first, vm.selectedProperty().get(), "the selection stays while the rest loads");
        assertEquals(List.of("All", "Algebra", "Counting & Probability", "Geometry", "Number Theory", "Prealgebra",
                "Precalculus"), vm.subjects());
        assertEquals(List.of("All", "1", "2", "3", "4", "5"), vm.levels());
        assertEquals(List.of("All", "lightman", "math500"), vm.sources());
    }

    @Test
    void searchSubjectLevelAndDatasetFilter() {
        problems.setAll(data.problems());
        vm.searchProperty().set("problem 1:");
        assertEquals(3, vm.visible().size(), "every word must occur: problems 1, 11 and 21");
        assertEquals("3 of 30 problems", vm.countProperty().get());
        vm.searchProperty().set("GEOMETRY   13.json");
        assertEquals(1, vm.visible().size());
        vm.searchProperty().set("");
        vm.subjectProperty().set("Geometry");
        assertEquals(5, vm.visible().size());
        vm.levelProperty().set("2");
        assertEquals(1, vm.visible().size(), "Geometry problems are 1, 7, 13, 19, 25 at levels 2, 3, 4, 5, 1");
        assertEquals("test/generated/1.json", vm.visible().get(0).problem().id());
        vm.subjectProperty().set("Algebra");
        assertEquals(List.of("test/generated/6.json"), vm.visible().stream().map(i -> i.problem().id()).toList(),
                "Algebra problems 0, 6, 12, 18, 24 are at levels 1, 2, 3, 4, 5");
        vm.searchProperty().set("no such words");
        assertEquals(0, vm.visible().size());
        assertEquals("0 of 30 problems", vm.countProperty().get());

        vm.clearFilters();
        vm.sourceProperty().set("math500");
        assertEquals(10, vm.visible().size());
        vm.clearFilters();
        assertEquals("30 problems", vm.countProperty().get());
    }

    @Test
    void flagFiltersUseTheAnalysersFlags() {
        problems.setAll(data.problems());
        AnalysisSettings s = AnalysisSettings.DEFAULT;
        vm.computeFlags(s);
        assertTrue(!vm.flagsReadyProperty().get(), "costly flags wait until a flag filter asks for them");
        long disagree = data.problems().stream().filter(p -> analyzer.flags(p, s).methodsDisagree()).count();
        long rightWrong = data.problems().stream().filter(p -> analyzer.flags(p, s).rightAnswerWrongStep()).count();
        assertTrue(disagree > 0 && disagree < 30, "the fixture has both kinds: " + disagree);
        vm.methodsDisagreeProperty().set(true);
        assertTrue(vm.flagsReadyProperty().get());
        assertEquals(disagree, vm.visible().size());
        vm.methodsDisagreeProperty().set(false);
        vm.rightAnswerWrongStepProperty().set(true);
        assertEquals(rightWrong, vm.visible().size());
        vm.rightAnswerWrongStepProperty().set(false);
        vm.humanLabelsProperty().set(true);
        assertEquals(30, vm.visible().size(), "every generated problem has one human-labelled candidate");
    }

    @Test
    void sortAndMove() {
        problems.setAll(data.problems());
        vm.sortProperty().set(ProblemSort.LEVEL);
        assertEquals(1, vm.visible().get(0).problem().level());
        assertEquals(5, vm.visible().get(29).problem().level());
        vm.selectedProperty().set(vm.visible().get(0));
        vm.move(1);
        assertSame(vm.visible().get(1), vm.selectedProperty().get());
        vm.move(-5);
        assertSame(vm.visible().get(0), vm.selectedProperty().get(), "stops at the top");
    }

    @Test
    void theSelectionLeavesAProblemTheSearchOrAFilterRemoves() {
        problems.setAll(data.problems());
        vm.selectedProperty().set(vm.visible().get(4));
        vm.searchProperty().set("problem 1:");
        assertTrue(vm.visible().contains(vm.selectedProperty().get()), "the shown problem is one of the visible ones");
        assertSame(vm.visible().get(0), vm.selectedProperty().get());
        vm.searchProperty().set("no such words");
        assertEquals(null, vm.selectedProperty().get(), "nothing matches: nothing is shown");
        vm.searchProperty().set("");
        ProblemItem kept = vm.visible().get(7);
        vm.selectedProperty().set(kept);
        vm.subjectProperty().set(kept.problem().subject());
        assertSame(kept, vm.selectedProperty().get(), "a problem still visible stays selected");
    }

    @Test
    void countsSayProblemInTheSingular() {
        problems.setAll(data.problems().subList(0, 1));
        assertEquals("1 problem", vm.countProperty().get());
        vm.searchProperty().set("no such words");
        assertEquals("0 of 1 problem", vm.countProperty().get());
    }

    @Test
    void firstErrorFiltersAndScoreSortsFollowTheAnalyser() {
        problems.setAll(data.problems());
        AnalysisSettings s = AnalysisSettings.DEFAULT;
        vm.computeFlags(s);
        var f = data.problems().stream().map(p -> analyzer.flags(p, s)).toList();
        long misses = f.stream().filter(x -> x.prmMissesFirstError()).count();
        long early = f.stream().filter(x -> x.prmFlagsTooEarly()).count();
        long late = f.stream().filter(x -> x.prmFlagsTooLate()).count();
        assertTrue(misses > 0 && misses < 30 && early + late >= misses, misses + " " + early + " " + late);
        vm.showFirstErrorMismatches(org.steplens.analyze.FailureKind.PRM_MISSES_FIRST_ERROR, null);
        assertEquals(misses, vm.visible().size());
        vm.showFirstErrorMismatches(org.steplens.analyze.FailureKind.PRM_EARLIER_THAN_HUMAN, "math500");
        assertTrue(vm.visible().stream().allMatch(i -> "math500".equals(i.problem().source())
                && vm.flags(i).prmFlagsTooEarly()));
        vm.showFirstErrorMismatches(org.steplens.analyze.FailureKind.PRM_LATER_THAN_HUMAN, null);
        assertEquals(late, vm.visible().size());
        assertEquals("All", vm.sourceProperty().get(), "each click-through starts from a clear list");

        vm.clearFilters();
        vm.sortProperty().set(ProblemSort.PRM_SCORE);
        double previous = Double.POSITIVE_INFINITY;
        for (ProblemItem i : vm.visible()) {
            double best = vm.flags(i).bestPrmScore();
            assertTrue(best <= previous, "highest PRM score first");
            previous = best;
        }
        assertEquals(f.stream().mapToDouble(x -> x.bestPrmScore()).max().orElseThrow(),
                vm.flags(vm.visible().get(0)).bestPrmScore(), 0);
        vm.sortProperty().set(ProblemSort.FIRST_ERROR);
        int last = -1;
        for (ProblemItem i : vm.visible()) {
            int e = vm.flags(i).firstPrmError();
            int key = e < 0 ? Integer.MAX_VALUE : e;
            assertTrue(key >= last, "earliest PRM error first, none last");
            last = key;
        }
        vm.sortProperty().set(ProblemSort.DISAGREEMENT);
        long disagree = f.stream().filter(x -> x.methodsDisagree()).count();
        assertTrue(vm.visible().subList(0, (int) disagree).stream().allMatch(i -> vm.flags(i).methodsDisagree()));
    }
}
