package org.steplens.ui.bestofn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.select.BestOfNResult;
import org.steplens.grade.LatexToText;
import org.steplens.select.SelectionMethod;

/**
 * A problem on which the simulated methods fare differently at one N.
 *
 * @param problemIndex index in the dataset
 * @param problemId    the problem's id
 * @param subject      subject, or null
 * @param level        level, or null
 * @param preview      the problem's first words, LaTeX read as text
 * @param methods      the methods, in the result's order
 * @param rates        each method's solve rate over trials (0–1), same order
 */
public record DisagreementRow(int problemIndex, String problemId, String subject, Integer level, String preview,
                              List<SelectionMethod> methods, double[] rates) {
    private static final int PREVIEW_CHARS = 90;

    public DisagreementRow {
        methods = List.copyOf(methods);
        rates = rates.clone();
    }

    @Override
    public double[] rates() {
        return rates.clone();
    }

    /** The largest difference between two methods' solve rates. */
    public double spread() {
        double min = 1;
        double max = 0;
        for (double r : rates) {
            min = Math.min(min, r);
            max = Math.max(max, r);
        }
        return max - min;
    }

    public double rate(SelectionMethod m) {
        return rates[methods.indexOf(m)];
    }

    /** e.g. {@code prm 100% · orm 35% · majority 0%}. */
    public String ratesText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < methods.size(); i++) {
            sb.append(i == 0 ? "" : " · ").append(methods.get(i).id()).append(' ')
                    .append(String.format(Locale.ROOT, "%.0f%%", 100 * rates[i]));
        }
        return sb.toString();
    }

    /**
     * Every problem on which the methods' solve rates at the N with index {@code nIndex} are not all equal,
     * the largest spread first (ties in dataset order). The oracle is left out of the comparison when other
     * methods are present: it is an upper bound, so it "disagrees" wherever anything fails.
     */
    public static List<DisagreementRow> at(Dataset dataset, BestOfNResult result, int nIndex) {
        List<SelectionMethod> compared = new ArrayList<>(result.methods());
        if (compared.size() > 2) {
            compared.remove(SelectionMethod.ORACLE);
        }
        List<DisagreementRow> rows = new ArrayList<>();
        for (int p = 0; p < result.problemCount(); p++) {
            double[] rates = new double[compared.size()];
            boolean differ = false;
            for (int m = 0; m < rates.length; m++) {
                rates[m] = result.solveRate(compared.get(m), nIndex, p);
                differ |= rates[m] != rates[0];
            }
            if (differ) {
                Problem problem = dataset.problems().get(p);
                rows.add(new DisagreementRow(p, problem.id(), problem.subject(), problem.level(),
                        preview(problem.text()), compared, rates));
            }
        }
        rows.sort((a, b) -> Double.compare(b.spread(), a.spread()));
        return rows;
    }

    /** The first words of a problem on one line (only its head is read: statements can be long). */
    static String preview(String text) {
        if (text == null) {
            return "";
        }
        String head = text.length() > 4 * PREVIEW_CHARS ? text.substring(0, 4 * PREVIEW_CHARS) : text;
        String flat = LatexToText.readable(head).replaceAll("\\s+", " ").strip();
        return flat.length() <= PREVIEW_CHARS ? flat : flat.substring(0, PREVIEW_CHARS - 1).stripTrailing() + "…";
    }
}
