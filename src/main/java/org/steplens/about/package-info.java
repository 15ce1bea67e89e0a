/**
 * What build is running: StepLens version and git commit, the bundled ONNX Runtime and the Java runtime — for
 * {@code steplens --version} and Help ▸ About. Part of the headless core.
 */
package org.steplens.about;
