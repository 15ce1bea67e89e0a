package org.steplens.score;

/**
 * One solution ready for the model.
 *
 * @param ids            token ids of the rendered prompt
 * @param readPositions  per step, the token position whose output gives the step's probability
 */
record EncodedSolution(long[] ids, int[] readPositions) {

    int length() {
        return ids.length;
    }
}
