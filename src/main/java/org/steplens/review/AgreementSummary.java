package org.steplens.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An agreement report as lines of text, the same for the command line and the app. */
public final class AgreementSummary {
    private AgreementSummary() {
    }

    /** The figures, the confusion matrix (two raters) and up to {@code shownDisagreements} disagreements. */
    public static List<String> lines(AgreementReport r, int shownDisagreements) {
        List<String> out = new ArrayList<>();
        out.add("raters: " + String.join(", ", r.raters()));
        out.add("steps rated by two or more: " + r.units());
        out.add("exact agreement: " + pct(r.exactAgreement()));
        if (r.raters().size() == 2) {
            out.add("Cohen's kappa: " + num(r.cohenKappa()));
        }
        out.add("Krippendorff's alpha (ordinal): " + num(r.krippendorffAlpha()));
        for (AgreementReport.PairAgreement p : r.firstErrors()) {
            out.add("first wrong step, " + p.a() + " vs " + p.b() + ": " + p.equal() + " of " + p.compared()
                    + " solutions (" + pct(p.rate()) + ")");
        }
        if (r.confusion() != null) {
            out.add("confusion (rows " + r.raters().get(0) + ", columns " + r.raters().get(1) + "):");
            out.add(String.format(Locale.ROOT, "%8s %6s %6s %6s", "", "-1", "0", "+1"));
            String[] labels = {"-1", "0", "+1"};
            for (int i = 0; i < 3; i++) {
                out.add(String.format(Locale.ROOT, "%8s %6d %6d %6d", labels[i], r.confusion()[i][0],
                        r.confusion()[i][1], r.confusion()[i][2]));
            }
        }
        out.add("disagreements: " + r.disagreements().size() + " steps, " + r.firstErrorDisagreements().size()
                + " first wrong steps");
        r.disagreements().stream().limit(shownDisagreements).forEach(d ->
                out.add("  " + describe(d)));
        return out;
    }

    /** "gsm8k-3#0 step 4: ana -1, ben +1". */
    public static String describe(AgreementReport.Disagreement d) {
        StringBuilder sb = new StringBuilder(d.solution() + " step " + (d.step() + 1) + ":");
        d.ratings().forEach((who, v) -> sb.append(' ').append(who).append(' ').append(v > 0 ? "+" + v : v).append(','));
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    public static String num(double v) {
        return Double.isNaN(v) ? "undefined" : String.format(Locale.ROOT, "%.3f", v);
    }

    public static String pct(double v) {
        return Double.isNaN(v) ? "undefined" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }
}
