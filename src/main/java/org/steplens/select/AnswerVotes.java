package org.steplens.select;

/**
 * One answer class of a problem, as majority and weighted majority see it.
 *
 * @param answer    the class's representative answer
 * @param members   the candidates in the class, ascending
 * @param votes     the number of members
 * @param prmWeight the sum of the members' PRM scores (unscored members add nothing)
 * @param ormWeight the sum of the members' ORM scores
 * @param correct   whether the class's first member is correct; null when unknown
 */
public record AnswerVotes(String answer, int[] members, int votes, double prmWeight, double ormWeight,
                          Boolean correct) {

    public AnswerVotes {
        members = members.clone();
    }

    @Override
    public int[] members() {
        return members.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnswerVotes v && answer.equals(v.answer) && java.util.Arrays.equals(members, v.members)
                && votes == v.votes && Double.compare(prmWeight, v.prmWeight) == 0
                && Double.compare(ormWeight, v.ormWeight) == 0 && java.util.Objects.equals(correct, v.correct);
    }

    @Override
    public int hashCode() {
        return answer.hashCode() * 31 + java.util.Arrays.hashCode(members);
    }

    @Override
    public String toString() {
        return answer + " x" + votes;
    }
}
