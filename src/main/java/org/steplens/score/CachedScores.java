package org.steplens.score;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * Scores made earlier and kept in {@link ScoreCache}s, found again for a dataset being opened: so that scores made in
 * the app (or by {@code steplens score}) are shown when the same file is opened after a restart, without scoring
 * again. Looks in {@code .steplens-cache/} beside each input and in the user's cache folder; a cache counts when it
 * names its scorer and holds a solution of the dataset with the same problem text and steps.
 */
public final class CachedScores {
    /** Cache files larger than this are left alone (reading one costs its whole size in memory). */
    public static final long MAX_CACHE_BYTES = 512L * 1024 * 1024;

    /**
     * What was found.
     *
     * @param dataset   the dataset with the cached scores added (the same instance when none were found)
     * @param scorers   the scorers whose scores were added, with how many solutions each covered
     */
    public record Found(Dataset dataset, Map<String, Integer> scorers) {
        public Found {
            scorers = Map.copyOf(scorers);
        }

        public boolean isEmpty() {
            return scorers.isEmpty();
        }
    }

    private CachedScores() {
    }

    /**
     * Adds the cached scores of every named cache beside {@code inputs} (and in the user's cache) to the dataset.
     * Scorers the dataset already carries are left as they are (a file saved with its scores wins over a cache).
     *
     * @param cancelled checked between cache files and problems
     * @throws CancellationException when {@code cancelled} says so
     */
    public static Found apply(Dataset dataset, List<Path> inputs, BooleanSupplier cancelled) {
        List<ScoreCache> caches = new ArrayList<>();
        Set<String> seenScorers = new LinkedHashSet<>(dataset.stepScorers());
        for (Path file : cacheFiles(inputs)) {
            check(cancelled);
            ScoreCache cache = ScoreCache.load(file);
            Optional<String> name = cache.scorer();
            if (name.isPresent() && cache.size() > 0 && seenScorers.add(name.get())) {
                caches.add(cache);
            }
        }
        if (caches.isEmpty()) {
            return new Found(dataset, Map.of());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>(dataset.problemCount());
        boolean changed = false;
        for (Problem problem : dataset.problems()) {
            check(cancelled);
            List<Solution> solutions = null;
            for (int s = 0; s < problem.solutionCount(); s++) {
                Solution solution = problem.solution(s);
                if (solution.stepCount() == 0) {
                    continue;
                }
                String key = ScoreCache.key(problem.text(), solution.stepTexts());
                Solution scored = solution;
                for (ScoreCache cache : caches) {
                    double[] p = cache.get(key).orElse(null);
                    if (p != null && p.length == solution.stepCount()) {
                        String name = cache.scorer().orElseThrow();
                        scored = Scorer.withScores(scored, name, p);
                        counts.merge(name, 1, Integer::sum);
                    }
                }
                if (scored != solution) {
                    if (solutions == null) {
                        solutions = new ArrayList<>(problem.solutions());
                    }
                    solutions.set(s, scored);
                }
            }
            problems.add(solutions == null ? problem : problem.withSolutions(solutions));
            changed |= solutions != null;
        }
        return changed ? new Found(dataset.withProblems(problems), counts) : new Found(dataset, Map.of());
    }

    /** The named cache files a dataset from {@code inputs} may have scores in: beside each input, then the user's. */
    static List<Path> cacheFiles(List<Path> inputs) {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path input : inputs) {
            Path parent = input.toAbsolutePath().getParent();
            if (parent != null) {
                folders.add(parent.resolve(ScoreCache.FOLDER));
            }
        }
        folders.add(UserCache.folder().resolve("scores"));
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> here = new ArrayList<>();
            try (DirectoryStream<Path> list = Files.newDirectoryStream(folder, "scores-*.jsonl")) {
                for (Path f : list) {
                    if (Files.isRegularFile(f) && Files.size(f) <= MAX_CACHE_BYTES) {
                        here.add(f);
                    }
                }
            } catch (IOException e) {
                // an unreadable cache folder holds nothing we can show
            }
            here.sort(null);
            files.addAll(here);
        }
        return files;
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
    }
}
