/**
 * Answer grading with the PRM800K reference grader's semantics.
 *
 * <p>{@link org.steplens.grade.AnswerExtractor} finds a solution's final answer; {@link org.steplens.grade.Grader}
 * decides equality in the reference's order — {@link org.steplens.grade.HendrycksNormalizer} (MATH normal form),
 * {@link org.steplens.grade.AnswerNormalizer} (second normal form, with {@link org.steplens.grade.LatexToText}
 * standing in for pylatexenc), {@link org.steplens.grade.TupleSplitter} and {@link org.steplens.grade.NumberRules},
 * then {@link org.steplens.grade.SymbolicEquality} standing in for sympy; {@link org.steplens.grade.AnswerClustering}
 * groups answers for majority vote.
 *
 * <p>Python semantics are followed where they differ from exact mathematics: Unicode decimal digits are digits
 * ({@code float("\uFF15")} is 5), decimals are sympy's binary Floats ({@code 0.1+0.2} is not {@code 0.3}; with
 * symbols, like terms are collected in Float arithmetic, {@link org.steplens.grade.CollectedTerms}, so
 * {@code 0.1x+0.2x} is not {@code 0.3x}), an empty ground truth accepts an empty or blank answer.
 * {@link org.steplens.grade.Grader#withExactDecimals()} makes decimals exact instead (an opt-in, not the
 * reference). Every step works within a size and time budget ({@link org.steplens.grade.GradingBudget}); over
 * budget is "not equal" and a counted warning.
 *
 * <p>Known differences from the reference, all on inputs rare in practice: decimals with symbols outside a
 * polynomial (a decimal inside a root or a denominator of a sum) are exact; sympy's simplify sometimes rounds a
 * product of a Float and a fraction in another order (1 of 400 random held-out polynomial pairs: {@code 0.2x^2}
 * times {@code x/5} is {@code 0.04x^3} there, {@code 0.04000000000000001x^3} here); an identity
 * sympy cannot prove (nested radicals) counts as equal here; functions other than {@code sqrt} and {@code ln}, and division by zero inside an otherwise equal
 * pair, count as not equal; only the most common of pylatexenc's rarely used symbol macros are rendered.
 */
package org.steplens.grade;
