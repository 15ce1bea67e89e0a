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
}
