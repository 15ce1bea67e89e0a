package org.steplens.ui.analysis;

/** The ways of picking one candidate per problem that the inspector compares. */
public enum Method {
    MAJORITY("Majority vote", "MAJ"),
    ORM("ORM", "ORM"),
    PRM("PRM", "PRM"),
    WEIGHTED_MAJORITY("PRM-weighted vote", "WMAJ"),
    ORACLE("Oracle", "ORC"),
    RANDOM("Random", "RND");

    private final String label;
    private final String badge;

    Method(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** A short tag for badges in the candidate list. */
    public String badge() {
        return badge;
    }

    @Override
    public String toString() {
        return label;
    }
}
