package org.steplens.ui.session;

import org.steplens.analyze.FailureKind;

/**
 * Another view asks the problem list to show the problems of one kind of first-error mismatch (e.g. a click on a
 * row of the first-error metrics table).
 *
 * @param kind   {@link FailureKind#PRM_MISSES_FIRST_ERROR}, {@link FailureKind#PRM_EARLIER_THAN_HUMAN} or
 *               {@link FailureKind#PRM_LATER_THAN_HUMAN}
 * @param subset the dataset subset as the metrics name it ("math" for source "processbench/math"), or null for all
 */
public record ProblemListRequest(FailureKind kind, String subset) {
}
