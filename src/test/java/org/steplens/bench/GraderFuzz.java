package org.steplens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.steplens.grade.Grader;
import org.steplens.grade.fuzz.FuzzRun;

/**
 * The long fuzz run of the grader, answer extraction and LaTeX-to-text normalisation (the test suite runs a
 * short one): {@code app/bench GraderFuzz [SECONDS_PER_TARGET [SEED]]} (default 300 s, a seed from the clock)
 * prints, per target, the inputs tried and every failure with its input; exits 1 when anything failed.
 *
 * <p>{@code app/bench GraderFuzz --pairs N SEED OUT.jsonl} writes the first N (given, ground_truth) pairs of the
 * grader run with this port's decision, for comparison with the reference grader (docs/fuzzing.md).
 */
public final class GraderFuzz {
    private GraderFuzz() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("--pairs")) {
            writePairs(Integer.parseInt(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
            return;
        }
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 300;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.currentTimeMillis();
        System.out.println("seed " + seed + ", " + seconds + " s per target");
        int failures = 0;
        for (FuzzRun.Target target : FuzzRun.Target.values()) {
            FuzzRun.Report report = new FuzzRun(target, Duration.ofSeconds(10), 1L << 30)
                    .run(seed, Integer.MAX_VALUE, Duration.ofSeconds(seconds));
            System.out.println(report.summary());
            System.out.println("  slowest input: " + report.slowestInput());
            for (FuzzRun.Failure f : report.failures()) {
                System.out.println("  " + f.problem() + "\n    input: " + f.input());
            }
            failures += report.failures().size();
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void writePairs(int n, long seed, Path out) throws IOException {
        // escaped: generated answers may hold lone surrogates (cut between the halves of a pair)
        ObjectMapper json = new ObjectMapper().enable(
                com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
        Grader grader = Grader.prm800k(Duration.ofSeconds(5));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String[] pair : FuzzRun.pairs(seed, n)) {
                ObjectNode line = json.createObjectNode();
                line.put("given", pair[0]);
                line.put("ground_truth", pair[1]);
                line.put("steplens", grader.grade(pair[0], pair[1]));
                w.write(json.writeValueAsString(line));
                w.write('\n');
            }
        }
        System.out.println(n + " pairs written to " + out);
    }
}
