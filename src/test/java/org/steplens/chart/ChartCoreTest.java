package org.steplens.chart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCoreTest {

    @Test
    void chartCoreNeverImportsJavaFxOrTheUi() {
        noClasses().that().resideInAPackage("org.steplens.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.steplens.ui..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.steplens.chart"));
    }

    @Test
    void logTicksArePowersOfTenOrTheGridWhenTheRangeIsShort() {
        Ticks wide = Ticks.log(8, 2200, List.of(10.0, 1860.0));
        assertEquals(List.of(10.0, 100.0, 1000.0), wide.major());
        assertEquals(List.of("10", "100", "1000"), wide.labels());
        assertTrue(wide.minor().contains(20.0) && wide.minor().contains(2000.0) && !wide.minor().contains(3000.0));
        Ticks shortRange = Ticks.log(0.9, 9, List.of(1.0, 2.0, 4.0, 8.0, 4.0));
        assertEquals(List.of("1", "2", "4", "8"), shortRange.labels());
    }

    @Test
    void linearTicksUseNiceSteps() {
        assertEquals(List.of("40", "50", "60", "70", "80"), Ticks.linear(40, 80, 5).labels());
        assertEquals(List.of("0.0", "0.2", "0.4", "0.6", "0.8", "1.0"), Ticks.linear(0, 1, 6).labels());
        assertEquals(5.0, Ticks.niceStep(4.1));
    }

    @Test
    void provenanceListsThePresentFieldsInAStableOrder() {
        Provenance p = Provenance.forDataset("d.jsonl").scorer("prm").threshold(0.5).nGrid(List.of(1, 2, 4))
                .seed(0L).version("1.0").created(Instant.parse("2026-01-02T03:04:05.678Z")).build();
        assertEquals(List.of("dataset: d.jsonl", "scorer: prm", "threshold: 0.5", "n-grid: 1,2,4", "seed: 0",
                "steplens-version: 1.0", "created: 2026-01-02T03:04:05Z"), p.lines());
        assertEquals("dataset d.jsonl · scorer prm · threshold 0.5 · n-grid 1,2,4 · seed 0 · steplens-version 1.0"
                + " · created 2026-01-02T03:04:05Z", p.footer());
        assertEquals("dev", Provenance.forDataset("x").build().version(), "classes, not a jar");
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndLeadsWithProvenanceComments(@TempDir Path dir) throws IOException {
        Table t = new Table("Accuracy by N", List.of("method", "N=1", "note"),
                List.of(List.of("prm", "61.5", "a, \"b\""), List.of("#orm", "55", " padded")));
        Provenance p = Provenance.forDataset("q.jsonl").trials(3).version("t")
                .created(Instant.parse("2026-01-02T03:04:05Z")).build();
        Path out = dir.resolve("t.csv");
        CsvExport.write(t, p, out);
        assertEquals("# Accuracy by N\r\n# dataset: q.jsonl\r\n# trials: 3\r\n# steplens-version: t\r\n"
                + "# created: 2026-01-02T03:04:05Z\r\nmethod,N=1,note\r\nprm,61.5,\"a, \"\"b\"\"\"\r\n"
                + "\"#orm\",55,\" padded\"\r\n", Files.readString(out));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Table("x", List.of("a", "b"), List.of(List.of("1"))));
        assertEquals("row 1 has 1 cells, expected 2", e.getMessage());
    }

    @Test
    void math500IsRecognisedOnlyWhenAllFiveHundredProblemsArePresent() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/data/math500/test.jsonl"))) {
            ids.add(json.readTree(line).get("unique_id").asText());
        }
        assertEquals(500, ids.size());
        assertEquals(ids, Math500.ids());
        assertTrue(Math500.isMath500(ids));
        assertFalse(Math500.isMath500(ids.stream().skip(1).toList()));
        assertEquals(List.of("prm", "majority"),
                Math500.referenceMarks(List.of("prm", "prm-vote", "majority"), null).stream().map(ReferenceMark::key).toList());
        assertEquals(77.8, Math500.paperValue("prm", "min-neutral-negative").getAsDouble());
        assertTrue(Math500.paperValue("prm", "last-neutral-positive").isEmpty(), "the paper has no last-step value");
    }

    @Test
    void palettesKeepOneColourPerMethod() {
        assertEquals(Palette.PRM, Palette.forMethod("PRM", 5));
        assertEquals(Palette.WEIGHTED, Palette.forMethod("prm-vote", 5));
        assertEquals(Palette.MAJORITY, Palette.forMethod("Majority", 0));
        assertEquals("#0072b2", Palette.PRM.toHex());
        assertEquals(Palette.PRM, ChartColor.fromRgb(0x0072b2));
        assertEquals(0x0072b2, ChartColor.hex("#0072B2").rgb());
        assertEquals(Palette.CYCLE.get(1), Palette.forMethod("something", 1));
    }
}
