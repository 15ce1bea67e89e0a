package org.steplens.score;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Creates the ONNX Runtime session on the preferred device, falling back to the CPU when allowed. The model comes
 * as bytes (edited at load, see {@link ReadoutGraph}); external weight files are read from the model's folder.
 */
final class SessionFactory {

    /** A session and where it runs. */
    record Opened(OrtSession session, Device device) {
    }

    private SessionFactory() {
    }

    /** ONNX Runtime's session option naming where a model loaded from memory finds its external data files. */
    private static final String EXTERNAL_DATA_FOLDER = "session.model_external_initializers_file_folder_path";

    static Opened open(byte[] model, Path folder, DevicePreference preference) throws OrtException,
            CudaUnavailableException {
        OrtEnvironment env = NativeLibraries.environment();
        String reason = null;
        if (preference != DevicePreference.CPU) {
            try {
                return new Opened(create(env, model, folder, true), new Device(true, null));
            } catch (CudaUnavailableException e) {
                reason = e.getMessage();
            } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
                if (e instanceof OrtException oe && isModelProblem(oe)) {
                    throw oe; // a broken model fails on every device: report it as such
                }
                reason = cudaReason(e);
            }
            if (preference == DevicePreference.CUDA) {
                throw new CudaUnavailableException(reason);
            }
        }
        return new Opened(create(env, model, folder, false), new Device(false, reason));
    }

    private static OrtSession create(OrtEnvironment env, byte[] model, Path folder, boolean cuda) throws OrtException,
            CudaUnavailableException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry(EXTERNAL_DATA_FOLDER, folder.toAbsolutePath().toString());
            if (cuda) {
                if (!OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
                    throw new CudaUnavailableException("this StepLens build has the CPU-only ONNX Runtime "
                            + "(build with -Pgpu for CUDA)");
                }
                options.addCUDA(0);
            }
            return env.createSession(model, options);
        }
    }

    private static boolean isModelProblem(Throwable e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return e instanceof OrtException && (m.contains("protobuf parsing failed") || m.contains("invalid_protobuf")
                || m.contains("invalid_graph") || m.contains("no_model") || m.contains("load model"));
    }

    /** One line a user can act on, from whatever CUDA setup threw. */
    static String cudaReason(Throwable e) {
        if (e instanceof CudaUnavailableException) {
            return e.getMessage();
        }
        String m = String.valueOf(e.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("libcuda.so") || lower.contains("nvcuda.dll")) {
            return "the NVIDIA driver is missing (libcuda.so.1 / nvcuda.dll not found)";
        }
        for (String lib : new String[] {"libcudnn", "libcublaslt", "libcublas", "libcudart", "libcurand"}) {
            int at = lower.indexOf(lib);
            if (at >= 0) {
                int stop = at;
                while (stop < m.length() && !Character.isWhitespace(m.charAt(stop)) && ":\"'".indexOf(m.charAt(stop)) < 0) {
                    stop++;
                }
                return "missing CUDA 12 / cuDNN 9 library " + m.substring(at, stop);
            }
        }
        if (lower.contains("failed to load shared library")) {
            // the provider library is there but its own dependencies are not; the exception does not name them
            List<String> missing = CudaLibraries.missing();
            return missing.isEmpty()
                    ? "the CUDA provider could not be loaded (check the CUDA 12 and cuDNN 9 installations)"
                    : "missing CUDA 12 / cuDNN 9 " + (missing.size() == 1 ? "library " : "libraries ")
                            + String.join(", ", missing);
        }
        if (lower.contains("no cuda-capable device") || lower.contains("cudaerrornodevice")
                || lower.contains("no device")) {
            return "no CUDA device found";
        }
        if (lower.contains("out of memory") || lower.contains("cudaerrormemoryallocation")) {
            return "the GPU is out of memory";
        }
        if (lower.contains("driver")) {
            return "the NVIDIA driver is missing or too old for CUDA 12";
        }
        int nl = m.indexOf('\n');
        return "CUDA failed: " + (nl < 0 ? m : m.substring(0, nl));
    }
}
