package org.steplens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.select.RealData;
import org.steplens.select.SelectionMethod;
import org.steplens.select.BestOfNSettings;
import org.steplens.select.SelectionSettings;
import org.steplens.select.Selections;

class BonCommandTest {
    static final String DATA = Path.of("src/test/resources/data").toAbsolutePath().toString();
    static final String QWEN = DATA + "/qwen25math/math_cot_100.jsonl";

    @Test
    void csvOnRealQwenDataMatchesSelectionOnTheFullPool() {
        CommandRun run = CommandRun.of("bon", QWEN, "--methods", "oracle,orm,majority", "--n", "8,1", "--trials", "50",
                "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("n,method,mean,std,trials,problems", lines.get(0));
        assertEquals(7, lines.size());
        assertTrue(lines.get(1).startsWith("1,oracle,"), lines.get(1));
        long oracle = RealData.qwen().problems().stream().filter(p ->
                Selections.pick(p, SelectionSettings.defaults()).pick(SelectionMethod.ORACLE).orElseThrow().solved()).count();
        assertEquals("8,oracle," + oracle / 100.0 + ",0.0,50,100", lines.get(4));
    }

    @Test
    void jsonAndTableCarryTheSettings() throws Exception {
        CommandRun run = CommandRun.of("bon", QWEN, "--trials", "20", "--seed", "7", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(100, root.get("problems").asInt());
        assertEquals(8, root.get("slots").asInt());
        assertEquals(7, root.get("seed").asInt());
        assertEquals(2 * 4, root.get("results").size(), "majority and orm (no PRM scores in this file) at N = 1, 2, 4, 8");
        assertEquals("majority", root.get("results").get(0).get("method").asText());

        CommandRun table = CommandRun.of("bon", DATA + "/lightman/scored_sample_example1.json",
                DATA + "/lightman/scored_sample_example2.json", "--n", "10,1860", "--trials", "40");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("2 problems, padded to 1860 slots; 40 trials, seed 0"), table.out());
        assertTrue(table.out().contains("PRM score: product-neutral-positive of 'prm' step probabilities"), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.matches("\\s+1860\\s+100\\.0 ± 0\\.0\\s+100\\.0 ± 0\\.0\\s+100\\.0 ± 0\\.0")),
                table.out());
    }

    @Test
    void clearErrorsForMissingScoresBadOptionsAndMissingFiles() {
        CommandRun run = CommandRun.of("bon", QWEN, "--methods", "prm");
        assertEquals(1, run.exitCode());
        assertEquals("steplens bon: prm needs PRM scores, but no solution has step probabilities or a score under "
                + "'prm'; step scorers: [], solution scorers: [orm]", run.err().strip());
        run = CommandRun.of("bon", QWEN, "--methods", "best");
        assertEquals(1, run.exitCode());
        assertEquals("steplens bon: unknown method 'best': expected one of majority, orm, prm, prm-vote, orm-vote, "
                + "oracle, random", run.err().strip());
        run = CommandRun.of("bon", QWEN, "--aggregation", "mean");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("steplens bon: unknown aggregation 'mean'"), run.err());
        run = CommandRun.of("bon", DATA + "/nope.jsonl");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("nope.jsonl"), run.err());
        assertEquals(2, CommandRun.of("bon", QWEN, "--format", "xml").exitCode(), "picocli usage error");
    }

    @Test
    void plotWritesTheSameCurvesAsVectorSvgAndRejectsUnknownExtensionsBeforeRunning(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("curves.svg");
        CommandRun run = CommandRun.of("bon", QWEN, "--methods", "majority,orm", "--n", "1,8", "--trials", "20",
                "--plot", svg.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<polyline") && !text.contains("<image"), text.substring(0, 200));
        assertTrue(text.contains("trials 20"), "provenance embedded");

        CommandRun bad = CommandRun.of("bon", QWEN, "--plot", dir.resolve("curves.bmp").toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().startsWith("steplens bon: "), bad.err());
        assertTrue(bad.out().isEmpty(), "no simulation was run: " + bad.out());
    }

    @Test
    void defaultGridFollowsThePoolSize() {
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {1, 2, 4, 8}, BestOfNSettings.defaultGrid(8));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {1, 2, 4, 5}, BestOfNSettings.defaultGrid(5));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {1}, BestOfNSettings.defaultGrid(1));
        assertEquals(14, BestOfNSettings.defaultGrid(1860).length);
    }
}
