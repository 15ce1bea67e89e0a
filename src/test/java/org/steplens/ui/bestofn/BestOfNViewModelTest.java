package org.steplens.ui.bestofn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.bench.BestOfNData;
import org.steplens.chart.Series;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.select.BestOfNInput;
import org.steplens.select.BestOfNResult;
import org.steplens.select.BestOfNSimulator;
import org.steplens.select.SelectionMethod;
import org.steplens.select.SimulationProgress;

/**
 * The view model on real threads: a background pool for the work and a single "UI" thread that receives results,
 * as in the application (where it is the FX thread).
 */
class BestOfNViewModelTest {
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final BestOfNViewModel model = new BestOfNViewModel(new ThreadedTaskRunner(background, ui::execute));

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        background.shutdownNow();
        ui.shutdownNow();
    }

    static Dataset qwen() throws Exception {
        return DatasetLoader.load(Path.of("src/test/resources/data/qwen25math/math_cot_100.jsonl"), LoadProgress.NONE)
                .dataset();
    }

    @Test
    void showsTheSameNumbersAsTheEngineWithTheSameSettings() throws Exception {
        Dataset d = qwen();
        onUi(() -> model.show(d));
        DashboardData data = awaitData();
        DashboardSettings s = data.settings();
        assertEquals(List.of(SelectionMethod.ORM, SelectionMethod.MAJORITY, SelectionMethod.ORACLE), s.methods(),
                "Qwen has ORM scores but no step scores");
        assertArrayEquals(new int[] {1, 2, 4, 8}, s.nValues());
        assertEquals(400, s.trials());

        BestOfNResult direct = BestOfNSimulator.run(BestOfNInput.of(d, s.selection()), s.simulation(),
                SimulationProgress.NONE);
        for (Series series : data.curves().series()) {
            SelectionMethod m = SelectionMethod.parse(series.key());
            for (int k = 0; k < direct.nValues().length; k++) {
                assertEquals(100 * direct.mean(m, k), series.points().get(k).y(), 0.0);
                assertEquals(100 * direct.std(m, k), series.points().get(k).error(), 0.0);
            }
        }
        assertTrue(onUi(() -> model.statusProperty().get()).startsWith("100 problems × 400 trials × 4 N values in "));
        assertFalse(onUi(() -> model.runningProperty().get()));
    }

    @Test
    void aNewSettingCancelsTheStaleRunAndOnlyTheLatestResultIsShown() throws Exception {
        Dataset big = BestOfNData.generate(400, 1000, 1860, 5);
        List<DashboardData> shown = Collections.synchronizedList(new ArrayList<>());
        onUi(() -> {
            model.dataProperty().addListener((o, a, now) -> {
                if (now != null) {
                    shown.add(now);
                }
            });
            model.show(big);
            return null;
        });
        // wait until the heavy default run (paper grid, 400 trials) is simulating, then change a setting
        awaitOnUi(() -> model.progressProperty().get() > 0, 60);
        long changed = System.nanoTime();
        DashboardSettings lighter = onUi(() -> model.settingsProperty().get()).withTrials(3)
                .withNValues(new int[] {1, 10});
        onUi(() -> model.apply(lighter));
        DashboardData data = awaitData();
        double seconds = (System.nanoTime() - changed) / 1e9;
        assertEquals(lighter, data.settings());
        assertEquals(1, shown.size(), "the stale result never reaches the view");
        assertEquals(lighter, shown.get(0).settings());
        assertTrue(seconds < 30, "the stale run stopped promptly, took " + seconds + " s");
    }

    @Test
    void clickingAPointListsTheProblemsWhereMethodsDisagree() throws Exception {
        Dataset d = qwen();
        onUi(() -> model.show(d));
        awaitData();
        onUi(() -> model.selectPoint(8));
        List<DisagreementRow> rows = onUi(() -> List.copyOf(model.disagreements()));
        assertFalse(rows.isEmpty());
        for (DisagreementRow r : rows) {
            assertTrue(r.spread() > 0);
            assertEquals(List.of(SelectionMethod.ORM, SelectionMethod.MAJORITY), r.methods(), "oracle left out");
            assertEquals(d.problems().get(r.problemIndex()).id(), r.problemId());
        }
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).spread() >= rows.get(i).spread(), "largest spread first");
        }
        assertEquals(String.format(Locale.ROOT, "At N = 8 the methods disagree on %d of 100 problems", rows.size()),
                onUi(() -> model.disagreementTitleProperty().get()));
        assertEquals(d.problems().get(rows.get(0).problemIndex()), onUi(() -> model.problem(rows.get(0)).orElseThrow()));
        assertTrue(onUi(() -> model.dataProperty().get().bySubject().title()).startsWith("Best-of-8 by subject"));
        // at N = 1 every method takes the only sample it sees: no disagreement between ORM and majority
        onUi(() -> model.selectPoint(1));
        assertEquals("At N = 1 every method solves the same problems.",
                onUi(() -> model.disagreementTitleProperty().get()));
        assertTrue(onUi(() -> model.dataProperty().get().byLevel().title()).startsWith("Best-of-1 by level"),
                "breakdowns follow the clicked N");
    }

    @Test
    void exportsEveryFigureAndTheTableWithProvenance() throws Exception {
        Dataset d = qwen();
        onUi(() -> model.show(d));
        awaitData();
        for (DashboardFigure f : DashboardFigure.values()) {
            for (String ext : f == DashboardFigure.ACCURACY_TABLE ? List.of("csv") : List.of("png", "svg")) {
                Path out = dir.resolve(f.fileStem() + "." + ext);
                onUi(() -> model.export(f, out));
                awaitOnUi(() -> model.statusProperty().get().equals("Saved " + out), 20);
                assertTrue(Files.size(out) > 200, out + " has content");
            }
        }
        String csv = Files.readString(dir.resolve("best-of-n-accuracy.csv"));
        assertTrue(csv.startsWith("# Best-of-N accuracy (% solved) per method and N over 400 trials\r\n"
                + "# dataset: math_cot_100.jsonl\r\n"), csv.substring(0, 200));
        assertTrue(csv.contains("\r\nN,orm mean %,orm sd %,majority mean %,majority sd %,oracle mean %,oracle sd %\r\n"));
        Path bad = dir.resolve("figure.gif");
        onUi(() -> model.export(DashboardFigure.CURVES, bad));
        awaitOnUi(() -> model.statusProperty().get().startsWith("Could not save"), 20);
        assertEquals("Could not save " + bad + ": cannot tell the image format of " + bad
                + ": the file name must end in .png or .svg", onUi(() -> model.statusProperty().get()));
    }

    @Test
    void theDashboardShowsThePapersValuesOnlyForMath500() throws Exception {
        // generated Lightman-shaped solutions under the 500 real MATH500 problem ids
        Dataset generated = BestOfNData.generate(500, 10, 30, 3);
        List<String> ids = DatasetLoader.load(Path.of("src/test/resources/data/math500/test.jsonl"), LoadProgress.NONE)
                .dataset().problems().stream().map(org.steplens.model.Problem::id).toList();
        List<org.steplens.model.Problem> renamed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            org.steplens.model.Problem p = generated.problems().get(i);
            renamed.add(new org.steplens.model.Problem(ids.get(i), p.text(), p.groundTruthAnswer(), null, p.subject(),
                    p.level(), p.source(), p.solutions(), null));
        }
        Dataset math500 = generated.withProblems(renamed);
        onUi(() -> model.show(math500));
        DashboardData data = awaitData();
        assertEquals(List.of("prm", "orm", "majority"),
                data.curves().referenceMarks().stream().map(org.steplens.chart.ReferenceMark::key).toList());
        assertEquals(List.of(78.2, 72.4, 69.6),
                data.curves().referenceMarks().stream().map(org.steplens.chart.ReferenceMark::y).toList());

        onUi(() -> model.show(generated));
        assertTrue(awaitData().curves().referenceMarks().isEmpty(), "other ids: no reference values");
    }

    @Test
    void noMethodsMeansNoRunAndSaysSo() throws Exception {
        Dataset d = qwen();
        onUi(() -> model.show(d));
        awaitData();
        DashboardSettings none = onUi(() -> model.settingsProperty().get()).withMethods(List.of());
        onUi(() -> model.apply(none));
        assertEquals("Choose at least one method.", onUi(() -> model.statusProperty().get()));
        assertFalse(onUi(() -> model.runningProperty().get()));
    }

    private DashboardData awaitData() throws Exception {
        awaitOnUi(() -> model.dataProperty().get() != null && !model.runningProperty().get(), 120);
        return onUi(() -> model.dataProperty().get());
    }

    private void awaitOnUi(Callable<Boolean> condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!onUi(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out; status: " + onUi(() -> model.statusProperty().get()));
            }
            Thread.sleep(20);
        }
    }

    private <T> T onUi(Callable<T> action) throws Exception {
        return ui.submit(action).get(60, TimeUnit.SECONDS);
    }

    private void onUi(Runnable action) throws Exception {
        ui.submit(action).get(60, TimeUnit.SECONDS);
    }
}
