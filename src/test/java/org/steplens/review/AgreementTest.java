package org.steplens.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Agreement figures against published worked examples. */
class AgreementTest {

    /** A rater from a column of a table: one solution "u" whose steps are the table's units. */
    private static Rater column(String name, Integer... values) {
        SolutionKey u = new SolutionKey("u", 0);
        return new Rater() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<Integer> rating(SolutionKey solution, int step) {
                return solution.equals(u) && step < values.length ? Optional.ofNullable(values[step]) : Optional.empty();
            }

            @Override
            public OptionalInt firstError(SolutionKey solution, int stepCount) {
                return OptionalInt.empty();
            }

            @Override
            public Set<SolutionKey> solutions() {
                return Set.of(u);
            }
        };
    }

    @Test
    void krippendorffsFourCoderExampleWithMissingData() {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units,
        // values 1-5, missing data; published alpha: nominal .743, ordinal .815, interval .849.
        Integer n = null;
        List<Rater> raters = List.of(
                column("A", 1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n),
                column("B", 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3),
                column("C", n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n),
                column("D", 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n));
        AgreementReport r = Agreement.of(raters, List.of(new SolutionKey("u", 0)), s -> 12);
        assertEquals(0.815, r.krippendorffAlpha(), 0.0005);
        assertEquals(11, r.units(), "unit 12 has one value and is not pairable");
        assertEquals(Double.NaN, r.cohenKappa());
        assertEquals(8.0 / 11, r.exactAgreement(), 1e-12, "units 1,3,4,5,7,9,10,11 are unanimous");
    }

    @Test
    void cohensKappaTextbookExample() {
        // 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15 -> po .70, pe .50, kappa .40.
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        add(a, b, 1, 1, 20);
        add(a, b, 1, -1, 5);
        add(a, b, -1, 1, 10);
        add(a, b, -1, -1, 15);
        AgreementReport r = Agreement.of(List.of(column("A", a.toArray(Integer[]::new)),
                column("B", b.toArray(Integer[]::new))), List.of(new SolutionKey("u", 0)), s -> 50);
        assertEquals(0.40, r.cohenKappa(), 1e-12);
        assertEquals(0.70, r.exactAgreement(), 1e-12);
        assertArrayEquals(new int[] {15, 0, 10}, r.confusion()[0]);
        assertArrayEquals(new int[] {5, 0, 20}, r.confusion()[2]);
        assertEquals(15, r.disagreements().size());
    }

    @Test
    void reviewersStoppingAtTheFirstErrorLeaveLaterStepsMissing() {
        ReviewState state = new ReviewState();
        SolutionKey s = new SolutionKey("p", 0);
        // ana: + + - (stops); ben: + - (stops); carl: + + + + (no error)
        rate(state, "ana", s, 1, 1, -1);
        rate(state, "ben", s, 1, -1);
        rate(state, "carl", s, 1, 1, 1, 1);
        List<Rater> raters = List.of(Rater.reviewer(state, "ana"), Rater.reviewer(state, "ben"),
                Rater.reviewer(state, "carl"));
        AgreementReport r = Agreement.of(raters, List.of(s), k -> 4);
        assertEquals(3, r.units(), "step 4 was rated by carl alone");
        // first errors: ana 2, ben 1, carl -1 (all four rated) -> no pair agrees
        assertEquals(List.of(new AgreementReport.PairAgreement("ana", "ben", 1, 0),
                new AgreementReport.PairAgreement("ana", "carl", 1, 0),
                new AgreementReport.PairAgreement("ben", "carl", 1, 0)), r.firstErrors());
        // by hand (ordinal, values -1 and 1 only, so the metric is nominal-like): coincidences step1 (1,1,1),
        // step2 (1,-1,1), step3 (-1,1): n=8, n(1)=6, n(-1)=2; Do = (2*(1/2)*... ) computed below
        double expected = krippendorffBinary(new int[][] {{1, 1, 1}, {1, -1, 1}, {-1, 1}});
        assertEquals(expected, r.krippendorffAlpha(), 1e-12);
        assertTrue(r.krippendorffAlpha() < 0, "these three disagree more than chance");
    }

    /** Alpha for two categories computed from its definition (coincidence matrix), independent of DKPro. */
    private static double krippendorffBinary(int[][] units) {
        double o01 = 0;
        double n0 = 0;
        double n1 = 0;
        for (int[] u : units) {
            int m = u.length;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j && u[i] != u[j]) {
                        o01 += 1.0 / (m - 1);
                    }
                }
                if (u[i] == 1) {
                    n1++;
                } else {
                    n0++;
                }
            }
        }
        double n = n0 + n1;
        double observed = o01;
        double expected = 2 * n0 * n1 / (n - 1);
        return 1 - observed / expected;
    }

    private static void rate(ReviewState state, String who, SolutionKey s, int... ratings) {
        for (int i = 0; i < ratings.length; i++) {
            state.apply(ReviewEdit.rate(who, ReviewTarget.step(s.problemId(), s.solution(), i),
                    StepRating.ofValue(ratings[i])));
        }
    }

    private static void add(List<Integer> a, List<Integer> b, int x, int y, int times) {
        for (int i = 0; i < times; i++) {
            a.add(x);
            b.add(y);
        }
    }

    @SuppressWarnings("unused")
    private static Set<Integer> sorted(Integer... v) {
        return new TreeSet<>(List.of(v));
    }
}
