package org.steplens.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steplens.cli.CommandRun;

class VersionReportTest {

    @Test
    void versionCommandNamesStepLensOnnxRuntimeAndJava() {
        CommandRun run = CommandRun.of("--version");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        // from classes the version is "dev"; the commit comes from the build's build.properties (or "unknown")
        assertTrue(lines.get(0).matches("StepLens dev \\(git ([0-9a-f]{7,40}|unknown)\\)"), lines.get(0));
        // the CPU ONNX Runtime jar is on the test class path; its manifest carries the version
        assertTrue(lines.get(1).matches("ONNX Runtime \\d+\\.\\d+\\.\\d+ \\(CPU build\\)"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Java " + Runtime.version().feature() + "."), lines.get(2));
        assertTrue(lines.get(2).contains(System.getProperty("java.home")), lines.get(2));
    }

    @Test
    void commitDegradesToUnknownWithoutGit() {
        assertEquals("abc123def456", BuildInfo.commitFrom(stream("commit=abc123def456\n")));
        assertEquals("unknown", BuildInfo.commitFrom(null), "no build.properties (e.g. an IDE build)");
        assertEquals("unknown", BuildInfo.commitFrom(stream("commit=\n")), "git printed nothing");
        assertEquals("unknown", BuildInfo.commitFrom(stream("commit=${git.commit}\n")), "not filtered");
        assertEquals("unknown", BuildInfo.commitFrom(stream("other=1\n")));
    }

    @Test
    void reportLinesAreStable() {
        assertEquals(List.of("StepLens 1.2.0 (git 0123456789ab)", "ONNX Runtime 1.29.0 (GPU build (CUDA))",
                        "Java 17.0.15+6 (Vendor, /opt/steplens/lib/runtime)"),
                VersionReport.lines(new BuildInfo("1.2.0", "0123456789ab"), "1.29.0", "GPU build (CUDA)",
                        "17.0.15+6", "Vendor", "/opt/steplens/lib/runtime"));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
