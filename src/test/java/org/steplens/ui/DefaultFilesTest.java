package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.ui.shell.DefaultFiles;

class DefaultFilesTest {

    @Test
    void theProjectsOwnSamplesOpenOnScoredLightmanRecords() {
        List<Path> files = DefaultFiles.find(Path.of("."));
        if (Files.exists(Path.of(DefaultFiles.DEFAULT_SAMPLE))) {
            assertEquals(List.of(Path.of(".").resolve(DefaultFiles.DEFAULT_SAMPLE)), files);
        } else {
            assertEquals(List.of(Path.of("./samples/lightman/scored_sample_example1.json"),
                    Path.of("./samples/lightman/scored_sample_example2.json")), files);
        }
    }

    @Test
    void preferenceOrder(@TempDir Path home) throws Exception {
        assertTrue(DefaultFiles.find(home).isEmpty(), "no samples folder: nothing, and the window explains");
        Files.createDirectories(home.resolve("samples/qwen"));
        Files.writeString(home.resolve("samples/qwen/b.jsonl"), "{}");
        Files.writeString(home.resolve("samples/notes.txt"), "not data");
        assertEquals(List.of(home.resolve("samples/qwen/b.jsonl")), DefaultFiles.find(home));
        Files.createDirectories(home.resolve("samples/lightman"));
        Files.writeString(home.resolve("samples/lightman/x.json"), "{}");
        assertEquals(List.of(home.resolve("samples/lightman/x.json")), DefaultFiles.find(home));
        Files.writeString(home.resolve(DefaultFiles.DEFAULT_SAMPLE), "{}");
        assertEquals(List.of(home.resolve(DefaultFiles.DEFAULT_SAMPLE)), DefaultFiles.find(home));
    }

    @Test
    void theModelChooserStartsInTheBundledModelsElseBesideTheLastOne(@TempDir Path home) throws Exception {
        assertTrue(DefaultFiles.modelChooserStart(home, null).isEmpty(), "nothing known: the system's choice");
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere/my-prm"));
        assertEquals(home.resolve("elsewhere").toAbsolutePath(),
                DefaultFiles.modelChooserStart(home, elsewhere.toString()).orElseThrow());
        assertTrue(DefaultFiles.modelChooserStart(home, home.resolve("gone/prm").toString()).isEmpty(),
                "a folder that is gone is not offered");
        Files.createDirectories(home.resolve(DefaultFiles.MODELS));
        assertEquals(home.resolve(DefaultFiles.MODELS).toAbsolutePath().normalize(),
                DefaultFiles.modelChooserStart(home, elsewhere.toString()).orElseThrow());
        assertEquals(Path.of(DefaultFiles.MODELS).toAbsolutePath().normalize(),
                DefaultFiles.modelChooserStart(Path.of("."), null).orElseThrow(), "the project's own samples/models");
    }
}
