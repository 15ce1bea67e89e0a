/**
 * Local scoring with process reward models exported to ONNX, run by the ONNX Runtime bundled in the app (CUDA
 * when present, the CPU otherwise). No JavaFX here; call it from a background thread.
 *
 * <pre>{@code
 * PrmModel model = PrmModel.open(dir, DevicePreference.AUTO);     // once per model, for the app's lifetime
 * model.device().fallback().ifPresent(reason -> status("CPU: " + reason));
 * ScoreCache cache = ScoreCache.forInput(inputFile, model.hash()); // or null for no cache
 * ScoreResult r = new Scorer(model, cache, model.spec().batchSize()).score(dataset, progress);
 * r.dataset();   // step probabilities and solution scores (product) under model.name()
 * r.messages();  // one line per solution that could not be scored, e.g. too long for the model
 * model.close();
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.steplens.score.PrmModel#open} throws {@link org.steplens.score.ModelFolderException} with one
 *       message for a broken folder, and {@link org.steplens.score.CudaUnavailableException} when CUDA was
 *       required and cannot be used.</li>
 *   <li>{@link org.steplens.score.ScoreProgress#isCancelled()} stops scoring between batches with a
 *       {@link java.util.concurrent.CancellationException}; finished batches stay in the cache.</li>
 *   <li>{@link org.steplens.score.PrmSpec} documents the model folder's {@code prm.json}.</li>
 * </ul>
 */
package org.steplens.score;
