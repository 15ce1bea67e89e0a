/**
 * Reading and writing data files. {@link org.steplens.io.DatasetLoader} picks the format from the content
 * (PRM800K, Lightman scored samples, ProcessBench, PRMBench, Math-Shepherd, Qwen2.5-Math rm/maj, MATH problems,
 * StepLens native; gzip, BOM and CRLF accepted), streams the file, reports progress and problems as they complete,
 * and collects one {@link org.steplens.io.LoadError} per unreadable record. {@link org.steplens.io.NativeJsonlWriter}
 * writes the lossless native format, replacing the target atomically.
 */
package org.steplens.io;
