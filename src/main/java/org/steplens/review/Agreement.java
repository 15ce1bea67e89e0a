package org.steplens.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

/**
 * Agreement between raters over the steps of a set of solutions: Cohen's kappa (two raters), Krippendorff's alpha
 * with the ordinal metric and missing data (any number; reviewers stop at the first error, so later steps are
 * missing), exact agreement, first-error agreement per pair, a confusion matrix and the disagreements. Kappa and
 * alpha come from DKPro Agreement.
 */
public final class Agreement {
    private Agreement() {
    }

    /**
     * Compares {@code raters} on every step of {@code solutions}.
     *
     * @param stepCount the number of steps of a solution
     */
    public static AgreementReport of(List<Rater> raters, Collection<SolutionKey> solutions,
                                     ToIntFunction<SolutionKey> stepCount) {
        if (raters.size() < 2) {
            throw new IllegalArgumentException("agreement needs at least two raters, got " + raters.size());
        }
        List<String> names = raters.stream().map(Rater::name).toList();
        int k = raters.size();
        CodingAnnotationStudy all = new CodingAnnotationStudy(k);
        CodingAnnotationStudy pairs = new CodingAnnotationStudy(2);
        int[][] confusion = k == 2 ? new int[3][3] : null;
        List<AgreementReport.Disagreement> disagreements = new ArrayList<>();
        int units = 0;
        int unanimous = 0;
        Set<SolutionKey> ordered = new TreeSet<>(solutions);
        for (SolutionKey s : ordered) {
            int steps = stepCount.applyAsInt(s);
            for (int step = 0; step < steps; step++) {
                Integer[] values = new Integer[k];
                int present = 0;
                for (int r = 0; r < k; r++) {
                    Optional<Integer> v = raters.get(r).rating(s, step);
                    values[r] = v.orElse(null);
                    present += v.isPresent() ? 1 : 0;
                }
                if (present < 2) {
                    continue;
                }
                units++;
                all.addItemAsArray(values);
                if (allEqual(values)) {
                    unanimous++;
                } else {
                    Map<String, Integer> shown = new LinkedHashMap<>();
                    for (int r = 0; r < k; r++) {
                        if (values[r] != null) {
                            shown.put(names.get(r), values[r]);
                        }
                    }
                    disagreements.add(new AgreementReport.Disagreement(s, step, shown));
                }
                if (k == 2 && values[0] != null && values[1] != null) {
                    pairs.addItem(values[0], values[1]);
                    confusion[values[0] + 1][values[1] + 1]++;
                }
            }
        }
        double kappa = k == 2 && pairs.getItemCount() > 0 ? guard(new CohenKappaAgreement(pairs).calculateAgreement())
                : Double.NaN;
        double alpha = units > 0 ? guard(new KrippendorffAlphaAgreement(all, new OrdinalDistanceFunction())
                .calculateAgreement()) : Double.NaN;

        List<AgreementReport.PairAgreement> firstErrors = new ArrayList<>();
        List<AgreementReport.FirstErrorDisagreement> feDisagreements = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                int compared = 0;
                int equal = 0;
                for (SolutionKey s : ordered) {
                    int steps = stepCount.applyAsInt(s);
                    OptionalInt fa = raters.get(a).firstError(s, steps);
                    OptionalInt fb = raters.get(b).firstError(s, steps);
                    if (fa.isEmpty() || fb.isEmpty()) {
                        continue;
                    }
                    compared++;
                    if (fa.getAsInt() == fb.getAsInt()) {
                        equal++;
                    } else {
                        feDisagreements.add(new AgreementReport.FirstErrorDisagreement(s, names.get(a), fa.getAsInt(),
                                names.get(b), fb.getAsInt()));
                    }
                }
                firstErrors.add(new AgreementReport.PairAgreement(names.get(a), names.get(b), compared, equal));
            }
        }
        return new AgreementReport(names, units, units == 0 ? Double.NaN : (double) unanimous / units, kappa, alpha,
                confusion, firstErrors, disagreements, feDisagreements);
    }

    private static boolean allEqual(Integer[] values) {
        Integer first = null;
        for (Integer v : values) {
            if (v == null) {
                continue;
            }
            if (first == null) {
                first = v;
            } else if (!first.equals(v)) {
                return false;
            }
        }
        return true;
    }

    /** DKPro returns NaN or infinities when chance agreement is total (e.g. every rating the same). */
    private static double guard(double value) {
        return Double.isFinite(value) ? value : Double.NaN;
    }
}
