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
    PRM_LATER_THAN_HUMAN
}
