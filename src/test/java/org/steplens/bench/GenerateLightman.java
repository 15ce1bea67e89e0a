package org.steplens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the seeded Lightman-shaped file of {@link LoadBenchmark} where the caller wants it (kept out of the
 * repository): {@code app/bench GenerateLightman OUT.jsonl [problems] [samples]}. Does nothing when OUT exists.
 */
public final class GenerateLightman {
    private GenerateLightman() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int problems = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 1860;
        if (!Files.exists(out)) {
            LoadBenchmark.generate(out, problems, samples);
        }
        System.out.println(out + " " + Files.size(out) + " bytes");
    }
}
