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
}
