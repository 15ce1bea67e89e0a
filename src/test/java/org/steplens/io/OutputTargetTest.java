package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output paths never destroy anything: links written through, devices and pipes streamed, inputs protected. */
class OutputTargetTest {
    @TempDir
    Path dir;

    static void write(Path out, String text) throws IOException {
        OutputTarget.of(out).write(s -> s.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.createDirectories(dir.resolve("data")).resolve("real.jsonl");
        Files.writeString(real, "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), Path.of("data/real.jsonl"));
        write(link, "new\n");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(real));
        try (var files = Files.list(dir.resolve("data"))) {
            assertEquals(List.of(real), files.toList(), "the temporary file was made and renamed in the target's folder");
        }
    }

    @Test
    void aDanglingLinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), Path.of("later.jsonl"));
        write(link, "x\n");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("x\n", Files.readString(dir.resolve("later.jsonl")));
    }

    @Test
    void devNullStaysADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        write(devNull, "discarded\n"); // as root this replaced the device with a regular file
        assertFalse(Files.isRegularFile(devNull));
        NativeJsonlWriter.write(new org.steplens.model.Dataset("d", "test", List.of()), devNull);
        assertFalse(Files.isRegularFile(devNull));
    }

    @Test
    void aNamedPipeIsStreamedTo() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo unavailable");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        write(fifo, "through the pipe\n");
        assertArrayEquals("through the pipe\n".getBytes(StandardCharsets.UTF_8), read.get(10, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo));
        assertTrue(Files.exists(fifo));
    }

    @Test
    void aFolderIsRefusedWithOneLine() throws IOException {
        IOException e = assertThrows(IOException.class, () -> write(dir, "x"));
        assertEquals(dir + ": cannot write: it is a folder", e.getMessage());
    }

    @Test
    void anAbandonedWriteLeavesTheOldFileAndNoTemporary() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "old\n");
        try (AtomicWrite.Pending p = OutputTarget.of(out).open()) {
            p.stream().write("half".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("old\n", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void inputsAreProtectedAlsoThroughALinkUnlessForced() throws IOException {
        Path in = dir.resolve("in.json");
        Files.writeString(in, "[]");
        Path link = Files.createSymbolicLink(dir.resolve("alias.json"), in.getFileName());
        IOException same = assertThrows(IOException.class, () -> OutputTarget.of(in).checkNotInput(List.of(in), false));
        assertTrue(same.getMessage().contains("is also an input"), same.getMessage());
        assertThrows(IOException.class, () -> OutputTarget.of(link).checkNotInput(List.of(in), false));
        assertThrows(IOException.class, () -> OutputTarget.of(in).checkNotInput(List.of(link), false));
        OutputTarget.of(in).checkNotInput(List.of(in), true);
        OutputTarget.of(dir.resolve("other.jsonl")).checkNotInput(List.of(in), false);
        OutputTarget.of(Path.of("-")).checkNotInput(List.of(in), false);
    }

    @Test
    void staleTemporariesOfDeadWritersAreRemovedOthersKept() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Path dead = Files.writeString(dir.resolve(".out.jsonl.steplens-2147480001-abc.tmp"), "killed");
        Path mine = Files.writeString(dir.resolve(".out.jsonl.steplens-" + ProcessHandle.current().pid() + "-x.tmp"), "");
        Path oldNaming = Files.writeString(dir.resolve(".out.jsonl.123e4567-e89b-12d3-a456-426614174000.tmp"), "");
        Files.setLastModifiedTime(oldNaming, FileTime.from(Instant.now().minusSeconds(7200)));
        Path recentOldNaming = Files.writeString(dir.resolve(".b.jsonl.123e4567-e89b-12d3-a456-426614174001.tmp"), "");
        Path someoneElses = Files.writeString(dir.resolve(".editor.tmp"), "");
        write(out, "x\n");
        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(oldNaming));
        assertTrue(Files.exists(mine), "this process's own write may be in flight");
        assertTrue(Files.exists(recentOldNaming));
        assertTrue(Files.exists(someoneElses), "only StepLens's own naming is cleaned");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path out = dir.resolve("shared.jsonl");
        Files.writeString(out, "old\n");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-r--"));
        write(out, "new\n");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }
}
