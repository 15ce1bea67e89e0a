package org.steplens.chart;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Where a figure or table came from, so that anyone holding the file can recompute it. Rendered as a footer,
 * embedded as PNG text chunks and SVG metadata, and written as leading comment lines of a CSV. Fields that do
 * not apply to a figure (a threshold for best-of-N curves, trials for a calibration diagram) are null.
 *
 * @param dataset     the dataset's name (usually its file name)
 * @param scorer      the scorer whose numbers are shown, e.g. {@code prm} or a local model's name
 * @param modelHash   a hash identifying the scoring model, when known
 * @param aggregation how step scores became a solution score, e.g. {@code product}
 * @param threshold   the first-error threshold
 * @param nGrid       the N values simulated
 * @param trials      the number of shuffles per N
 * @param seed        the random seed of the simulation
 * @param version     the StepLens version that drew it
 * @param created     when it was drawn (whole seconds, UTC)
 */
public record Provenance(String dataset, String scorer, String modelHash, String aggregation, Double threshold,
                         List<Integer> nGrid, Integer trials, Long seed, String version, Instant created) {

    public Provenance {
        Objects.requireNonNull(dataset, "dataset");
        nGrid = nGrid == null ? null : List.copyOf(nGrid);
        version = version == null ? StepLensVersion.current() : version;
        created = (created == null ? Instant.now() : created).truncatedTo(ChronoUnit.SECONDS);
    }

    public static Builder forDataset(String dataset) {
        return new Builder(dataset);
    }

    /**
     * The fields that are present, as ordered key/value pairs with stable lower-case keys (used as SVG metadata
     * attributes, PNG keywords and CSV comment lines).
     */
    public Map<String, String> entries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dataset", dataset);
        putIfPresent(m, "scorer", scorer);
        putIfPresent(m, "model-hash", modelHash);
        putIfPresent(m, "aggregation", aggregation);
        putIfPresent(m, "threshold", threshold == null ? null : trimNumber(threshold));
        if (nGrid != null) {
            StringJoiner j = new StringJoiner(",");
            nGrid.forEach(n -> j.add(Integer.toString(n)));
            m.put("n-grid", j.toString());
        }
        putIfPresent(m, "trials", trials == null ? null : trials.toString());
        putIfPresent(m, "seed", seed == null ? null : seed.toString());
        m.put("steplens-version", version);
        m.put("created", created.toString());
        return m;
    }

    /** {@code key: value} lines, one per field that is present. */
    public List<String> lines() {
        return entries().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    /** One compact line for a figure footer, e.g. {@code dataset math500.jsonl · scorer prm · …}. */
    public String footer() {
        StringJoiner j = new StringJoiner(" · ");
        entries().forEach((k, v) -> j.add(k + " " + v));
        return j.toString();
    }

    private static void putIfPresent(Map<String, String> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }

    private static String trimNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Builds a {@link Provenance}; only the dataset is required. */
    public static final class Builder {
        private final String dataset;
        private String scorer;
        private String modelHash;
        private String aggregation;
        private Double threshold;
        private List<Integer> nGrid;
        private Integer trials;
        private Long seed;
        private String version;
        private Instant created;

        private Builder(String dataset) {
            this.dataset = dataset;
        }

        public Builder scorer(String value) {
            scorer = value;
            return this;
        }

        public Builder modelHash(String value) {
            modelHash = value;
            return this;
        }

        public Builder aggregation(String value) {
            aggregation = value;
            return this;
        }

        public Builder threshold(Double value) {
            threshold = value;
            return this;
        }

        public Builder nGrid(List<Integer> value) {
            nGrid = value;
            return this;
        }

        public Builder trials(Integer value) {
            trials = value;
            return this;
        }

        public Builder seed(Long value) {
            seed = value;
            return this;
        }

        public Builder version(String value) {
            version = value;
            return this;
        }

        public Builder created(Instant value) {
            created = value;
            return this;
        }

        public Provenance build() {
            return new Provenance(dataset, scorer, modelHash, aggregation, threshold, nGrid, trials, seed, version,
                    created);
        }
    }
}
