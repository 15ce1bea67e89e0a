package org.steplens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An executor's copy of the model folder is checked against the driver's before it is opened. */
class ModelFilesTest {
    private static final Path MODEL = Path.of("samples/models/tiny-prm");

    private static Path copyOfModel(Path dir) throws IOException {
        Path copy = Files.createDirectory(dir.resolve("tiny-prm"));
        for (String f : new String[] {"model.onnx", "tokenizer.json", "prm.json"}) {
            Files.copy(MODEL.resolve(f), copy.resolve(f));
        }
        return copy;
    }

    @Test
    void aCopyWithOtherTimesIsTheSameFolder(@TempDir Path dir) throws IOException {
        Path copy = copyOfModel(dir);
        Files.setLastModifiedTime(copy.resolve("model.onnx"), java.nio.file.attribute.FileTime.fromMillis(0));
        assertNull(ModelFiles.of(MODEL).differenceFrom(copy));
    }

    @Test
    void aMissingOrChangedFileIsNamed(@TempDir Path dir) throws IOException {
        Path copy = copyOfModel(dir);
        Files.writeString(copy.resolve("prm.json"), "{}");
        assertTrue(ModelFiles.of(MODEL).differenceFrom(copy).startsWith("prm.json has 2 bytes"));
        Files.copy(MODEL.resolve("prm.json"), copy.resolve("prm.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(copy.resolve("tokenizer.json"));
        assertEquals("tokenizer.json is missing", ModelFiles.of(MODEL).differenceFrom(copy));
    }

    @Test
    void aFolderNotOnTheExecutorSaysHowToShipIt(@TempDir Path dir) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ModelLocation.resolve(dir.resolve("qwen-prm").toString()));
        assertTrue(e.getMessage().contains("--archives model.zip#qwen-prm"), e.getMessage());
    }
}
