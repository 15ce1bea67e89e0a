package org.steplens.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Token for token: for each convention, StepLens's token ids and read positions equal those its authors' code builds
 * ({@link ConventionReference}), with the real tokenizer, on ProcessBench solutions of all four subsets: the first of
 * each, every one with whitespace around a step, and the longest of each.
 */
class ConventionTokensTest {
    @TempDir
    static Path tmp;

    static List<String> conventions() {
        return ConventionSamples.CONVENTIONS;
    }

    static List<ConventionSamples.Sample> samples() throws Exception {
        Set<ConventionSamples.Sample> out = new LinkedHashSet<>();
        for (String subset : List.of("gsm8k", "math", "olympiadbench", "omnimath")) {
            List<ConventionSamples.Sample> all = ConventionSamples.subset(subset);
            out.addAll(all.subList(0, 5));
            all.stream().filter(ConventionSamples::padded).forEach(out::add);
            all.stream().sorted(Comparator.comparingInt(ConventionSamples::chars).reversed()).limit(2).forEach(out::add);
        }
        return new ArrayList<>(out);
    }

    @ParameterizedTest
    @MethodSource("conventions")
    void stepLensFeedsTheModelWhatItsAuthorsCodeDoes(String convention) throws Exception {
        List<ConventionSamples.Sample> samples = samples();
        assertTrue(samples.stream().filter(ConventionSamples::padded).count() >= 20, "steps with surrounding whitespace");
        int multiLine = 0;
        Path folder = RealTokenizers.modelFolder(convention, tmp);
        try (PrmTokenizer stepLens = PrmTokenizer.open(folder, PrmSpec.read(folder));
             HuggingFaceTokenizer reference = RealTokenizers.open(RealTokenizers.baseOf(convention))) {
            for (ConventionSamples.Sample s : samples) {
                ConventionReference.Input want = ConventionReference.of(convention, reference, s.problem(), s.steps());
                EncodedSolution got = stepLens.encode(s.problem(), s.steps());
                String where = convention + " " + s.id();
                assertArrayEquals(want.ids(), got.ids(), where + ": token ids");
                assertArrayEquals(want.reads(), got.readPositions(), where + ": read positions");
                multiLine += s.steps().stream().anyMatch(step -> step.contains("\n")) ? 1 : 0;
            }
        }
        assertTrue(multiLine >= 8, "steps with several lines: " + multiLine);
    }
}
