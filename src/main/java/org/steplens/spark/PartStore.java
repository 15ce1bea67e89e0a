package org.steplens.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.steplens.io.AtomicWrite;

/**
 * The job's work folder: one native JSONL part file per finished partition, named by its index and fingerprint
 * and written whole (temporary file + rename), plus {@code manifest.json} listing the plan. A part that exists is
 * finished: a restarted job skips it, and nothing here is ever deleted or overwritten with other content.
 */
final class PartStore {
    static final String MANIFEST = "manifest.json";
    static final String FORMAT = "steplens-spark/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    PartStore(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    Path folder() {
        return folder;
    }

    Path partFile(int index, String fingerprint) {
        return folder.resolve(String.format(Locale.ROOT, "part-%05d-%s.jsonl", index, fingerprint));
    }

    boolean hasPart(PartitionInput p) {
        return Files.isRegularFile(partFile(p.index(), p.fingerprint()));
    }

    /** Writes a finished partition's scored problems, one native line each. */
    void writePart(PartitionOutput out) throws IOException {
        AtomicWrite.write(partFile(out.index(), out.fingerprint()), stream -> {
            for (String line : out.lines()) {
                stream.write(line.getBytes(StandardCharsets.UTF_8));
                stream.write('\n');
            }
        });
    }

    /** One planned partition as the manifest records it. */
    record Entry(int index, String fingerprint, String file, int problems) {
    }

    /** Writes the manifest: the input, the model, and every planned partition's part file. */
    void writeManifest(String input, String model, String modelHash, List<PartitionInput> plan, boolean complete)
            throws IOException {
        AtomicWrite.write(folder.resolve(MANIFEST), stream -> {
            try (JsonGenerator g = JSON.getFactory().createGenerator(stream, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeStringField("input", input);
                g.writeStringField("model", model);
                g.writeStringField("model_hash", modelHash);
                g.writeBooleanField("complete", complete);
                g.writeArrayFieldStart("partitions");
                for (PartitionInput p : plan) {
                    g.writeStartObject();
                    g.writeNumberField("index", p.index());
                    g.writeStringField("fingerprint", p.fingerprint());
                    g.writeStringField("file", partFile(p.index(), p.fingerprint()).getFileName().toString());
                    g.writeNumberField("problems", p.lines().size());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        });
    }

    /** The partitions the manifest lists, in order. */
    List<Entry> readManifest() throws IOException {
        Path file = folder.resolve(MANIFEST);
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": cannot read the manifest: " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + ": not a StepLens Spark manifest (expected \"format\": \"" + FORMAT + "\")");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode p : root.path("partitions")) {
            entries.add(new Entry(p.path("index").asInt(), p.path("fingerprint").asText(),
                    p.path("file").asText(), p.path("problems").asInt()));
        }
        return entries;
    }
}
