/**
 * First-error analysis: {@link org.steplens.analyze.FirstErrorPredictor} (first step below a threshold),
 * ProcessBench metrics per subset ({@link org.steplens.analyze.ProcessBenchMetrics}, from step probabilities at a
 * threshold, with a threshold tuned on one subset, or from a predictions file), the exact F1-best threshold
 * ({@link org.steplens.analyze.ThresholdSearch}), calibration bins, AUROC of step probabilities, agreement with
 * human step ratings, and {@link org.steplens.analyze.FailureFinder} for the failure modes a presenter looks for.
 */
package org.steplens.analyze;
