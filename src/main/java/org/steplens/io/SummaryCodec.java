package org.steplens.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link DatasetSummary} as bytes, kept in the dataset cache so {@code info} reopens a big file without decoding
 * it. The first int is the encoding's version: a summary written by another version is not read (the caller then
 * summarises the loaded dataset instead).
 */
final class SummaryCodec {
    /** Bump when DatasetSummary's fields change. */
    private static final int VERSION = 1;

    private SummaryCodec() {
    }

    static byte[] encode(DatasetSummary s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            string(out, s.format());
            out.writeInt(s.problems());
            long[] counts = {s.solutions(), s.steps(), s.groundTruthAnswers(), s.finalAnswers(), s.correctKnown(),
                s.correct(), s.firstErrorLabels(), s.firstErrorErroneous(), s.errorStepSolutions(),
                s.errorStepErroneous(), s.errorStepsPastEnd(), s.ratedSolutions(), s.ratedSteps(), s.positive(),
                s.neutral(), s.negative(), s.unrated(), s.humanErroneous(), s.threeWaySolutions(),
                s.productChecked(), s.productReproduced()};
            out.writeInt(counts.length);
            for (long c : counts) {
                out.writeLong(c);
            }
            out.writeLong(Double.doubleToRawLongBits(s.productMaxDifference()));
            strings(out, List.copyOf(s.stepScorers()));
            strings(out, List.copyOf(s.solutionScorers()));
            strings(out, s.ratedSolutionLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** The summary, or empty when the bytes are of another version or damaged. */
    static Optional<DatasetSummary> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != VERSION) {
                return Optional.empty();
            }
            String format = string(in);
            int problems = in.readInt();
            long[] c = new long[in.readInt()];
            if (c.length != 21) {
                return Optional.empty();
            }
            for (int i = 0; i < c.length; i++) {
                c[i] = in.readLong();
            }
            double maxDifference = Double.longBitsToDouble(in.readLong());
            Set<String> stepScorers = new LinkedHashSet<>(strings(in));
            Set<String> solutionScorers = new LinkedHashSet<>(strings(in));
            List<String> ratedLines = List.copyOf(strings(in));
            if (in.available() != 0) {
                return Optional.empty();
            }
            return Optional.of(new DatasetSummary(format, problems, c[0], c[1], stepScorers, solutionScorers,
                    c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13], c[14], c[15], c[16],
                    c[17], c[18], c[19], c[20], maxDifference, ratedLines));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad count");
        }
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(string(in));
        }
        return list;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad length");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
