package org.steplens.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Device choice on this build (the CPU ONNX Runtime jar, no GPU): auto asks for CUDA, falls back to the CPU and
 * says why in one line; cuda fails with that reason; cpu never tries CUDA.
 */
class DeviceTest {
    static final Path MODEL = ModelFolderTest.PLUMBING.resolve("qwen2.5-math-prm");
    static final String CPU_BUILD = "this StepLens build has the CPU-only ONNX Runtime (build with -Pgpu for CUDA)";

    @Test
    void autoFallsBackToTheCpuWithOneLineReason() throws Exception {
        assumeFalse(OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA), "GPU build");
        try (PrmModel model = PrmModel.open(MODEL, DevicePreference.AUTO)) {
            assertFalse(model.device().cuda());
            assertEquals(CPU_BUILD, model.device().fallback().orElseThrow());
            assertEquals("CPU (CUDA unavailable: " + CPU_BUILD + ")", model.device().describe());
        }
    }

    @Test
    void cudaFailsWithTheReason() {
        assumeFalse(OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA), "GPU build");
        CudaUnavailableException e = assertThrows(CudaUnavailableException.class,
                () -> PrmModel.open(MODEL, DevicePreference.CUDA));
        assertEquals(CPU_BUILD, e.getMessage());
    }

    @Test
    void cpuNeverTriesCuda() throws Exception {
        try (PrmModel model = PrmModel.open(MODEL, DevicePreference.CPU)) {
            assertEquals("CPU", model.device().describe());
            assertTrue(model.device().fallback().isEmpty());
        }
    }

    @Test
    void reasonsFromTheGpuBuildAreOneActionableLine() {
        assertEquals("missing CUDA 12 / cuDNN 9 library libcudnn.so.9", SessionFactory.cudaReason(new OrtException(
                "Error loading \"libonnxruntime_providers_cuda.so\" which depends on \"libcudnn.so.9\" which is missing.")));
        assertEquals("missing CUDA 12 / cuDNN 9 library libcublasLt.so.12", SessionFactory.cudaReason(new OrtException(
                "libcublasLt.so.12: cannot open shared object file: No such file or directory")));
        assertEquals("missing CUDA 12 / cuDNN 9 library libcurand.so.10", SessionFactory.cudaReason(new OrtException(
                "libcurand.so.10: cannot open shared object file: No such file or directory")));
        assertEquals("the NVIDIA driver is missing (libcuda.so.1 / nvcuda.dll not found)", SessionFactory.cudaReason(
                new OrtException("libcuda.so.1: cannot open shared object file: No such file or directory")));
        assertEquals("no CUDA device found", SessionFactory.cudaReason(new OrtException(
                "CUDA failure 100: no CUDA-capable device is detected ; GPU=0 ; hostname=x")));
        assertEquals("the GPU is out of memory", SessionFactory.cudaReason(new OrtException(
                "CUDA failure 2: out of memory ; GPU=0")));
        assertEquals("CUDA failure 999: unknown error", SessionFactory.cudaReason(new OrtException(
                "CUDA failure 999: unknown error\nstack trace line")).replace("CUDA failed: ", ""));
    }

    @Test
    void theGpuBuildsRealFailureWithoutCudaNamesTheMissingLibraries() {
        // the exact message onnxruntime_gpu 1.29 gives on a machine without CUDA 12 (seen with -Pgpu here)
        String reason = SessionFactory.cudaReason(new OrtException(
                "Error code - ORT_FAIL - message: OrtSessionOptionsAppendExecutionProvider_Cuda: Failed to load shared library"));
        java.util.List<String> missing = CudaLibraries.missing();
        // onnxruntime_gpu 1.29's CUDA provider needs these (readelf -d; cuDNN by dlopen), not cuFFT
        assertTrue(missing.stream().noneMatch(m -> m.contains("cufft")), missing.toString());
        if (missing.size() == 6) {
            assertEquals(java.util.List.of("libcudart.so.12", "libcublas.so.12", "libcublasLt.so.12", "libcurand.so.10",
                    "libcudnn.so.9", "libcuda.so.1 (the NVIDIA driver)"), missing);
        }
        if (missing.isEmpty()) {
            assertEquals("the CUDA provider could not be loaded (check the CUDA 12 and cuDNN 9 installations)", reason);
        } else {
            assertEquals("missing CUDA 12 / cuDNN 9 " + (missing.size() == 1 ? "library " : "libraries ")
                    + String.join(", ", missing), reason);
            assertFalse(reason.contains("\n"));
        }
    }

    @Test
    void nativeLibrariesAreExtractedOnceIntoAVersionedCacheFolder(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        String key = NativeLibraries.cacheKey();
        assertTrue(key.startsWith(OrtEnvironment.class.getPackage().getImplementationVersion() + "-"), key);
        assertTrue(key.endsWith("-cpu") || key.endsWith("-gpu"), key);
        Path folder = tmp.resolve(key);
        NativeLibraries.extractInto(folder);
        Path library = folder.resolve(System.mapLibraryName("onnxruntime"));
        assertTrue(Files.size(library) > 1_000_000);
        assertTrue(Files.isRegularFile(folder.resolve(System.mapLibraryName("onnxruntime4j_jni"))));
        Files.setLastModifiedTime(library, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000L));
        NativeLibraries.extractInto(folder);
        assertEquals(1_000_000_000L, Files.getLastModifiedTime(library).toMillis(), "extracted again");
        // The app's own session loads from the cache folder.
        NativeLibraries.prepare();
        assertTrue(System.getProperty("onnxruntime.native.path") != null);
        assertEquals("true", System.getProperty("ai.djl.offline"));
    }
}
