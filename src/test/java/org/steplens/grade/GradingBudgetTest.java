package org.steplens.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every grading step has a size budget; over it, a comparison is "not equal" and one counted warning (issue 18). */
class GradingBudgetTest {
    // size budgets are under test here: a long time budget keeps a busy machine's clock from answering first
    private final Grader grader = Grader.prm800k(Duration.ofSeconds(60));

    private void overBudget(String given, String truth, String reason) {
        long before = grader.budgetWarnings();
        assertFalse(grader.grade(given, truth));
        assertEquals(before + 1, grader.budgetWarnings(), "one warning for " + given);
        assertTrue(grader.lastBudgetWarning().contains(reason), grader.lastBudgetWarning());
    }

    @Test
    void issueReproductionsAreNotEqualWithAWarning() {
        overBudget("\\begin{pmatrix}1\\\\2\\endpmatrix}".repeat(32), "2", "matrix text longer than 32000");
        overBudget("0.5", "1e99999999", "decimal exponent 99999999 beyond 5000");
        overBudget("1e99999999999", "2x", "exponent out of range");
    }

    @Test
    void sizeLimits() {
        overBudget("\\b{".repeat(40) + "xy", "1", "accented text longer than 32000"); // found by fuzzing
        overBudget("1".repeat(4_001), "1", "answer longer than 4000");
        overBudget("1", "x".repeat(4_001), "answer longer than 4000");
        overBudget("1e4000*".repeat(60) + "1.5", "2.5", "Float arithmetic beyond");
        overBudget("0." + "3".repeat(4_000), "1/3", "answer longer than 4000");
    }

    @Test
    void withinTheBudgetStillDecides() {
        assertTrue(grader.grade("1e3", "1000"));
        assertTrue(grader.grade("1e4000", "1e4000"));
        assertFalse(grader.grade("1e4000", "2x"));
        assertTrue(grader.grade("\\begin{pmatrix}1\\\\2\\end{pmatrix}", "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}"));
        assertEquals(0, grader.budgetWarnings());
    }

    @Test
    void normalisingAnOverBudgetAnswerGivesRefusedForms() {
        NormalizedAnswer forms = grader.normalize("x".repeat(5_000));
        assertTrue(forms.isRefused());
        assertFalse(grader.grade(forms, forms), "not even equal to itself");
    }
}
