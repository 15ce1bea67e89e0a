package org.steplens.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Where a dataset's review journal lives: {@code NAME.steplens-review.jsonl} beside the dataset, or, when that
 * folder cannot be written, in the user's data folder ({@code $XDG_DATA_HOME/steplens/reviews}, by default
 * {@code ~/.local/share/steplens/reviews}), named after the dataset and its fingerprint.
 *
 * @param journal  the journal file
 * @param fallback whether the data folder was read-only and the user folder is used instead
 */
public record ReviewLocation(Path journal, boolean fallback) {
    static final String SUFFIX = ".steplens-review.jsonl";
    /** Overrides the user data folder (tests, portable installs). */
    public static final String DATA_HOME_PROPERTY = "steplens.data.home";

    /** The journal for {@code dataset}, beside it when its folder is writable. */
    public static ReviewLocation forDataset(Path dataset, DatasetFingerprint fingerprint) {
        return forDataset(dataset, fingerprint, ReviewLocation::canWrite);
    }

    static ReviewLocation forDataset(Path dataset, DatasetFingerprint fingerprint, Predicate<Path> writable) {
        Path absolute = dataset.toAbsolutePath();
        Path folder = absolute.getParent();
        String base = baseName(absolute.getFileName().toString());
        Path beside = folder.resolve(base + SUFFIX);
        if (writable.test(beside)) {
            return new ReviewLocation(beside, false);
        }
        return new ReviewLocation(userFolder().resolve(base + "-" + fingerprint.shortHash() + SUFFIX), true);
    }

    /** What to tell the user about this location, or an empty string when it is the usual one. */
    public String notice() {
        return fallback ? "The data folder is read-only; the review is kept in " + journal : "";
    }

    /**
     * Whether the journal can be written there: an existing journal must be writable, else its folder. Asked of the
     * file system (access(2)), which also answers for a read-only mount; nothing is written to find out.
     */
    static boolean canWrite(Path journal) {
        Path target = Files.exists(journal) ? journal : journal.toAbsolutePath().getParent();
        return target != null && Files.isWritable(target);
    }

    /** "run.jsonl.gz" → "run", "default.steplens.jsonl" → "default.steplens". */
    static String baseName(String fileName) {
        String name = fileName;
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static Path userFolder() {
        String override = System.getProperty(DATA_HOME_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override, "reviews");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path home = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return home.resolve("steplens").resolve("reviews");
    }
}
