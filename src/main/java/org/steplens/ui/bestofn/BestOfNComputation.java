package org.steplens.ui.bestofn;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.steplens.chart.BestOfNFigures;
import org.steplens.chart.Provenance;
import org.steplens.model.Dataset;
import org.steplens.select.BestOfNInput;
import org.steplens.select.BestOfNResult;
import org.steplens.select.BestOfNSimulator;
import org.steplens.select.PrmAggregation;
import org.steplens.select.SimulationProgress;

/**
 * The dashboard's background work, free of JavaFX: reduce the dataset to candidate pools (cached, so a new seed,
 * trial count, N grid or method set re-simulates at once; re-scored cheaply when only the aggregation changes),
 * simulate, and build the figures.
 * Thread-confined: one computation at a time (the view model's latest-wins scheduling guarantees that the cache
 * is only touched by the current run, and a stale run that still finishes only writes a still-valid entry).
 */
final class BestOfNComputation {
    /** The candidate pools of the last dataset and scorers, reused across settings changes. */
    private record CachedInput(Dataset dataset, String prmScorer, String ormScorer, PrmAggregation aggregation,
                               BestOfNInput input) {
        boolean sameScorers(Dataset d, DashboardSettings s) {
            return dataset == d && prmScorer.equals(s.prmScorer()) && ormScorer.equals(s.ormScorer());
        }
    }

    private volatile CachedInput cache;

    /**
     * @param progress receives 0–1 while simulating, -1 while preparing
     * @param cancelled polled; when it turns true the run stops with {@link CancellationException}
     */
    DashboardData compute(Dataset dataset, DashboardSettings settings, DoubleConsumer progress,
                          BooleanSupplier cancelled) {
        long started = System.nanoTime();
        progress.accept(-1);
        BestOfNInput input = input(dataset, settings);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("superseded");
        }
        BestOfNResult result = BestOfNSimulator.run(input, settings.simulation(), new SimulationProgress() {
            @Override
            public void onProgress(long done, long total) {
                progress.accept(total == 0 ? 1 : (double) done / total);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        });
        Provenance provenance = BestOfNFigures.provenance(dataset.name(), settings.selection(), settings.simulation());
        return new DashboardData(dataset, settings, result, provenance,
                BestOfNFigures.curvesSpec(dataset.name(), result, provenance), BestOfNFigures.accuracyTable(result),
                null, null, (System.nanoTime() - started) / 1e9).withBreakdownsAt(result.nValues().length - 1);
    }

    private BestOfNInput input(Dataset dataset, DashboardSettings settings) {
        CachedInput c = cache;
        if (c != null && c.sameScorers(dataset, settings) && c.aggregation().equals(settings.aggregation())) {
            return c.input();
        }
        BestOfNInput input = c != null && c.sameScorers(dataset, settings)
                ? c.input().withPrmScores(dataset, settings.aggregation(), settings.prmScorer())
                : BestOfNInput.of(dataset, settings.selection());
        cache = new CachedInput(dataset, settings.prmScorer(), settings.ormScorer(), settings.aggregation(), input);
        return input;
    }
}
