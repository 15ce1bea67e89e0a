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
 * <p>Known differences from the reference, all on inputs rare in practice: decimals are exact (sympy adds Floats
 * in binary, so there {@code 0.1+0.2} is not {@code 0.3}); an identity sympy cannot prove (nested radicals) counts
 * as equal here; functions other than {@code sqrt} and {@code ln}, and division by zero inside an otherwise equal
 * pair, count as not equal; only the most common of pylatexenc's rarely used symbol macros are rendered.
 */
package org.steplens.grade;
