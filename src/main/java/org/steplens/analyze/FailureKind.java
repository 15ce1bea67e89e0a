package org.steplens.analyze;

/** Failure modes worth showing to an audience. */
public enum FailureKind {
    /** A wrong answer the PRM scores highly. */
    CONVINCING_WRONG_ANSWER,
    /** A correct final answer reached through a wrong step (human label, else the PRM's first error). */
    RIGHT_ANSWER_WRONG_STEP,
    /** Two selection methods differ in whether their pick is correct. */
    METHODS_DISAGREE,
    /** The PRM's first error comes after the human one (or it finds none where humans found one). */
    PRM_LATER_THAN_HUMAN,
    /** The PRM flags a step before the labelled first error (or flags one in a solution labelled correct). */
    PRM_EARLIER_THAN_HUMAN,
    /** The solution has a labelled first error and the PRM's first error is not that step (too early, too late or none). */
    PRM_MISSES_FIRST_ERROR
}
