package org.steplens.score;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which of the libraries ONNX Runtime's CUDA provider needs the system loader cannot find. ONNX Runtime's Java
 * exception only says "Failed to load shared library" (the name is in its native log), so StepLens looks for them
 * itself to give a reason the user can act on.
 *
 * <p>The list is the provider's own: {@code readelf -d libonnxruntime_providers_cuda.so} from onnxruntime_gpu
 * 1.29.0 names (NEEDED) libcublasLt.so.12, libcublas.so.12, libcurand.so.10, libcudart.so.12 and libcuda.so.1 (the
 * driver, not part of the CUDA toolkit); cuDNN 9 is not linked but opened with dlopen when the provider starts
 * ("dlopen failed for cuDNN library" in its strings), so it is needed too. cuFFT is also opened lazily, only for
 * FFT operators, which PRMs do not use: it is not required.
 */
final class CudaLibraries {
    private static final List<String> LINUX = List.of("libcudart.so.12", "libcublas.so.12", "libcublasLt.so.12",
            "libcurand.so.10", "libcudnn.so.9", "libcuda.so.1");
    private static final List<String> WINDOWS = List.of("cudart64_12.dll", "cublas64_12.dll", "cublasLt64_12.dll",
            "curand64_10.dll", "cudnn64_9.dll", "nvcuda.dll");
    /** Libraries that come with the NVIDIA driver rather than the CUDA toolkit; named as such in messages. */
    private static final List<String> DRIVER = List.of("libcuda.so.1", "nvcuda.dll");
    private static final Path LD_CACHE = Path.of("/etc/ld.so.cache");
    private static final List<String> LINUX_FOLDERS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib",
            "/usr/local/cuda/lib64", "/usr/local/cuda-12/lib64");

    private CudaLibraries() {
    }

    /** The needed libraries not found on this machine, in a fixed order; empty when all are there. */
    static List<String> missing() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        List<String> folders = new ArrayList<>(split(System.getenv(windows ? "PATH" : "LD_LIBRARY_PATH")));
        if (!windows) {
            folders.addAll(LINUX_FOLDERS);
        }
        String cache = windows ? "" : loaderCache();
        List<String> missing = new ArrayList<>();
        for (String library : windows ? WINDOWS : LINUX) {
            if (!cache.contains(library) && folders.stream().noneMatch(f -> Files.exists(Path.of(f, library)))) {
                missing.add(DRIVER.contains(library) ? library + " (the NVIDIA driver)" : library);
            }
        }
        return missing;
    }

    /** The dynamic loader's cache (what {@code ldconfig -p} lists) as text; its names are plain ASCII. */
    private static String loaderCache() {
        try {
            return new String(Files.readAllBytes(LD_CACHE), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static List<String> split(String pathList) {
        List<String> out = new ArrayList<>();
        if (pathList != null) {
            for (String part : pathList.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    out.add(part);
                }
            }
        }
        return out;
    }
}
