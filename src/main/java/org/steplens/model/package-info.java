/**
 * The in-memory model: {@link org.steplens.model.Dataset} → {@link org.steplens.model.Problem} →
 * {@link org.steplens.model.Solution} → steps. Immutable and compact: per-step numbers live in primitive
 * arrays inside a solution, and {@link org.steplens.model.Step} is a view created on demand, so a million
 * solutions of ten steps fit comfortably in a few hundred MB plus their text.
 */
package org.steplens.model;
