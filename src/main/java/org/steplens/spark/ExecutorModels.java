package org.steplens.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.steplens.score.CudaUnavailableException;
import org.steplens.score.DevicePreference;
import org.steplens.score.ModelFolderException;
import org.steplens.score.PrmModel;

/**
 * One open model (one ONNX Runtime session) per executor JVM and model folder hash, opened by the first task that
 * needs it and reused by every later partition; closed when the executor exits. Tasks running at the same time
 * share it (the scorer takes turns on the model), so an executor never holds a 7B model twice.
 */
final class ExecutorModels {
    private static final Map<String, PrmModel> OPEN = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ExecutorModels::closeAll, "steplens-close-models"));
    }

    private ExecutorModels() {
    }

    /**
     * The model for {@code folderHash} (the driver's hash of the folder), opened from {@code folder} (resolved on
     * this executor) on first use.
     *
     * @throws IllegalStateException when the folder cannot be opened, or does not hold the driver's files
     */
    static PrmModel get(String folder, String folderHash, ModelFiles files, DevicePreference device) {
        return OPEN.computeIfAbsent(folderHash, hash -> open(folder, files, device));
    }

    private static PrmModel open(String folder, ModelFiles files, DevicePreference device) {
        Path dir = ModelLocation.resolve(folder);
        String difference = files.differenceFrom(dir);
        if (difference != null) {
            throw new IllegalStateException("model folder " + dir + " on this executor is not the driver's: "
                    + difference + "; ship the same folder to every executor");
        }
        PrmModel model;
        try {
            model = PrmModel.open(dir, device);
        } catch (ModelFolderException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (CudaUnavailableException e) {
            throw new IllegalStateException("CUDA unavailable on this executor: " + e.getMessage(), e);
        }
        return model;
    }

    /** Closes every model this JVM opened (tests call it to free native memory; executors at exit). */
    static void closeAll() {
        for (PrmModel m : OPEN.values()) {
            m.close();
        }
        OPEN.clear();
    }
}
