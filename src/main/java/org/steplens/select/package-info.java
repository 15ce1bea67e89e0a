/**
 * Choosing one candidate solution per problem, and best-of-N curves over a dataset.
 *
 * <ul>
 *   <li>{@link org.steplens.select.Selections#pick} — every method's pick on one problem, with the answer classes
 *       (votes, PRM and ORM weight sums), for a panel that shows them.</li>
 *   <li>{@link org.steplens.select.BestOfNSimulator#run} — the protocol of Lightman et al. (2023) on a
 *       {@link org.steplens.select.BestOfNInput} (the dataset reduced once to primitive arrays), parallel, and
 *       deterministic for a seed whatever the thread count; {@link org.steplens.select.BestOfNResult} answers
 *       mean / standard deviation per (method, N) and where two methods disagree.</li>
 *   <li>{@link org.steplens.select.PrmAggregation} — a solution's PRM score from step probabilities: product, min
 *       or last step, neutral counted positive or negative (the paper's Table 4).</li>
 * </ul>
 *
 * <p>Rules shared by every method and by the simulation (candidates are considered in arrival order: file order
 * for one problem, shuffled slot order in a simulation):
 * <ul>
 *   <li>A candidate without an answer is never picked and casts no vote.</li>
 *   <li>Argmax methods (PRM, ORM): the highest score; a tie goes to the candidate that arrived first; a candidate
 *       without the score is never picked.</li>
 *   <li>Voting methods (majority, PRM- and ORM-weighted majority): classes are the grader's equivalence classes of
 *       the answers; the class with the most votes (or the largest score sum) wins; a tie goes to the class whose
 *       first member arrived first; the pick is that first member.</li>
 *   <li>Oracle: the first correct candidate, else the first candidate. Random: a uniformly random candidate.</li>
 *   <li>A pick is correct when the file says so ({@code Solution.correct}), else when the grader matches its
 *       answer to the ground truth; unknown when neither is available (never counted as solved).</li>
 * </ul>
 */
package org.steplens.select;
