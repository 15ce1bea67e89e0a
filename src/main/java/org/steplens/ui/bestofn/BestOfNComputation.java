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
import org.steplens.select.SimulationProgress;

/**
 * The dashboard's background work, free of JavaFX: reduce the dataset to candidate pools (cached per dataset and
 * scorers, re-scored cheaply when only the aggregation changes), simulate, and build the figures.
 * Thread-confined: one computation at a time (the view model's latest-wins scheduling guarantees that the cache
 * is only touched by the current run, and a stale run that still finishes only writes a still-valid entry).
 */
final class BestOfNComputation {
    /** The candidate pools of the last dataset and scorers, reused across settings changes. */
    private record CachedInput(Dataset dataset, String prmScorer, String ormScorer, BestOfNInput input) {
    }

    private volatile CachedInput cache;

    /**
     * @param progress receives 0–1 while simulating, -1 while preparing
     * @param cancelled polled; when it turns true the run stops with {@link CancellationException}
     */
    DashboardData compute(Dataset dataset, DashboardSettings settings, DoubleConsumer progress,
                          BooleanSupplier cancelled) {
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
        int last = result.nValues().length - 1;
        return new DashboardData(dataset, settings, result, provenance,
                BestOfNFigures.curvesSpec(dataset.name(), result, provenance), BestOfNFigures.accuracyTable(result),
                BestOfNFigures.breakdown(dataset, result, last, BestOfNFigures.Grouping.SUBJECT, provenance),
                BestOfNFigures.breakdown(dataset, result, last, BestOfNFigures.Grouping.LEVEL, provenance));
    }

    private BestOfNInput input(Dataset dataset, DashboardSettings settings) {
        CachedInput c = cache;
        BestOfNInput input;
        if (c != null && c.dataset() == dataset && c.prmScorer().equals(settings.prmScorer())
                && c.ormScorer().equals(settings.ormScorer())) {
            input = c.input().withPrmScores(dataset, settings.aggregation(), settings.prmScorer());
        } else {
            input = BestOfNInput.of(dataset, settings.selection());
            cache = new CachedInput(dataset, settings.prmScorer(), settings.ormScorer(), input);
        }
        return input;
    }
}
