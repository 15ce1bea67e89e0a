package org.steplens.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Token for token: for each convention, StepLens's token ids and read positions equal those its authors' code builds
 * ({@link ConventionReference}), with the real tokenizer, on ProcessBench solutions of all four subsets: the first of
 * each, every one with whitespace around a step, and a made-up one for what ProcessBench lacks. The longest MATH
 * solution (about 2,000 tokens) is compared token for token in {@link ConventionModelsTest}.
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
            out.addAll(all.subList(0, 3));
            all.stream().filter(ConventionSamples::padded).forEach(out::add);
        }
        // ProcessBench has no problem with surrounding whitespace, nor a step that is only whitespace or a line break
        out.add(new ConventionSamples.Sample("made-up", " \u00a0What is 1 + 1?\n", List.of("\t1 + 1 = 2. ",
                "\n\nSo the answer is $\\boxed{2}$.\n", "Check:\n\n2 - 1 = 1.")));
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
        assertTrue(multiLine >= 5, "steps with several lines: " + multiLine);
    }
}
