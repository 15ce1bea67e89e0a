package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.LoadResult;
import org.steplens.model.Dataset;
import org.steplens.ui.common.SynchronousTaskRunner;
import org.steplens.ui.files.CoreDatasetOpener;
import org.steplens.ui.files.MainViewModel;
import org.steplens.ui.files.RecentFiles;

/** Opening real files through the core loader, with a synchronous runner. */
class MainViewModelTest {
    static final Path DATA = Path.of("src/test/resources/data");
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/mainvm");

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    private MainViewModel vm() {
        return new MainViewModel(new CoreDatasetOpener(), new SynchronousTaskRunner(), new RecentFiles(prefs));
    }

    @Test
    void opensARealFileAndRemembersIt() {
        MainViewModel vm = vm();
        Path qwen = DATA.resolve("qwen25math/math_cot_100.jsonl");
        vm.open(List.of(qwen));
        assertFalse(vm.loadingProperty().get());
        assertEquals(100, vm.problems().size());
        assertEquals(100, vm.datasetProperty().get().problemCount());
        assertTrue(vm.statusProperty().get().startsWith("math_cot_100.jsonl · "), vm.statusProperty().get());
        assertTrue(vm.statusProperty().get().endsWith("· 100 problems · 800 candidates"), vm.statusProperty().get());
        assertEquals("math_cot_100.jsonl — StepLens", vm.titleProperty().get());
        assertEquals(List.of(qwen.toAbsolutePath().normalize()), vm.recentFiles());
        assertEquals(List.of(qwen.toAbsolutePath().normalize()), new RecentFiles(prefs).files(), "kept in preferences");
    }

    @Test
    void badLinesGoToTheLoadReportAndTheRestLoads(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(DATA.resolve("qwen25math/math_cot_100.jsonl"));
        Path file = dir.resolve("broken.jsonl");
        Files.write(file, List.of(lines.get(0), "{\"idx\": 1, \"question\": ", lines.get(2)));
        MainViewModel vm = vm();
        vm.open(List.of(file));
        assertEquals(2, vm.problems().size());
        assertEquals(1, vm.errors().size());
        assertEquals(2, vm.errors().get(0).line());
        assertTrue(vm.statusProperty().get().endsWith("· 1 record could not be read"), vm.statusProperty().get());
    }

    @Test
    void aMissingFileSaysSo() {
        MainViewModel vm = vm();
        Path missing = Path.of("no/such/file.jsonl");
        vm.open(List.of(missing));
        assertTrue(vm.statusProperty().get().startsWith("Nothing could be read from file.jsonl: "), vm.statusProperty().get());
        assertEquals(1, vm.errors().size());
        assertTrue(vm.problems().isEmpty());
        assertTrue(vm.nothingReadProperty().get());
    }

    @Test
    void aFileNothingCanBeReadFromKeepsTheOpenDatasetAndSaysWhy(@TempDir Path dir) throws Exception {
        MainViewModel vm = vm();
        vm.open(List.of(DATA.resolve("qwen25math/math_cot_100.jsonl")));
        Dataset open = vm.datasetProperty().get();
        long document = vm.session().documentId();
        Path unreadable = dir.resolve("notes.jsonl");
        Files.writeString(unreadable, "these are my notes, not a dataset\n{\"half\": \n");
        vm.open(List.of(unreadable));
        assertSame(open, vm.datasetProperty().get(), "the open dataset stays");
        assertEquals(100, vm.problems().size());
        assertEquals(document, vm.session().documentId(), "no new document was started");
        assertEquals("math_cot_100.jsonl — StepLens", vm.titleProperty().get());
        assertFalse(vm.loadingProperty().get());
        assertTrue(vm.nothingReadProperty().get(), "the window is told to show the report");
        assertFalse(vm.errors().isEmpty());
        String heading = vm.reportHeadingProperty().get();
        assertTrue(heading.startsWith("Nothing could be read from notes.jsonl: ") && heading.endsWith(" stays open."), heading);
        assertFalse(heading.contains("everything else loaded"), heading);
        assertTrue(vm.statusProperty().get().startsWith("Nothing could be read from notes.jsonl"), vm.statusProperty().get());

        vm.open(List.of(DATA.resolve("lightman/scored_sample_example1.json")));
        assertEquals(1, vm.problems().size(), "a readable file still replaces it");
        assertTrue(vm.errors().isEmpty(), "the old report is gone");
        assertFalse(vm.nothingReadProperty().get());
        assertTrue(vm.statusProperty().get().endsWith("· 1 problem · 1 candidate"), vm.statusProperty().get());
    }

    @Test
    void problemsAppearAsTheLoaderCompletesThem() {
        Dataset data = UiFixtures.generated(10, 3, 5);
        MainViewModel vm = new MainViewModel((files, progress) -> {
            progress.onProblems(data.problems().subList(0, 4));
            progress.onProgress(40, 100);
            progress.onProblems(data.problems().subList(4, 10));
            return new LoadResult(data, "generated", List.of());
        }, new SynchronousTaskRunner(), new RecentFiles(prefs));
        List<Integer> sizes = new java.util.ArrayList<>();
        vm.problems().addListener((javafx.collections.ListChangeListener<Object>) c -> sizes.add(vm.problems().size()));
        vm.open(List.of(Path.of("generated.jsonl")));
        assertEquals(List.of(4, 10), sizes, "two batches, and no reset when the load finishes");
        assertSame(data.problems().get(9), vm.problems().get(9));
    }
}
