/**
 * Human reviews of solutions: step ratings, tags and notes, solution verdicts, kept in an append-only journal
 * that survives a crash, exported in PRM800K's shape, and compared between reviewers. No JavaFX here.
 */
package org.steplens.review;
