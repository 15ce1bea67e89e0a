package org.steplens.grade;

import java.util.Arrays;

/**
 * Answers that the grader treats as one, for majority vote.
 *
 * @param representative the answer that stands for the class (its first member)
 * @param members        indices into the list that was clustered, ascending
 */
public record AnswerCluster(String representative, int[] members) {

    public AnswerCluster {
        members = members.clone();
    }

    public int size() {
        return members.length;
    }

    @Override
    public int[] members() {
        return members.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnswerCluster c && representative.equals(c.representative) && Arrays.equals(members, c.members);
    }

    @Override
    public int hashCode() {
        return representative.hashCode() * 31 + Arrays.hashCode(members);
    }

    @Override
    public String toString() {
        return representative + " x" + members.length;
    }
}
