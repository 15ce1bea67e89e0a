/**
 * Probing a PRM: small, documented, deterministic perturbations of solutions (a planted arithmetic error, swapped,
 * deleted or truncated steps, a hint with a wrong answer, a confident unsupported last step) and reports of how the
 * PRM's step probabilities react. No JavaFX.
 */
package org.steplens.probe;
