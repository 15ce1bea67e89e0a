/**
 * The columnar sidecar cache of a loaded data file: step text as one UTF-8 column (written while the file is
 * parsed, memory-mapped, so a big dataset's text lives outside the Java heap) followed by the structure (problems,
 * answers, scores, probabilities as primitive columns). Keyed by the source's size, modification time and a hash
 * of its head and tail; checked by CRC-32C; replaced atomically. Depends on the model only.
 */
package org.steplens.io.cache;
