package org.steplens.score;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtLoggingLevel;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.steplens.io.AtomicWrite;

/**
 * Extracts ONNX Runtime's native libraries once into a versioned cache folder and points ONNX Runtime at it
 * ({@code onnxruntime.native.path}). Without this ONNX Runtime copies them to a fresh temporary folder on every
 * start, which for the GPU build means writing 583 MB each time. The installed app ships them unpacked and its
 * launcher sets {@code onnxruntime.native.path} to that folder, so nothing is extracted there (see packaging/).
 *
 * <p>Also switches DJL to offline mode, so the tokenizer never reaches for the network, keeps DJL's tokenizer
 * library under StepLens's cache folder ({@code djl/}, unless {@code DJL_CACHE_DIR} says otherwise; extracted once)
 * and turns ONNX Runtime's telemetry off ({@link Telemetry}).
 */
public final class NativeLibraries {
    private static final String ORT_PATH_PROPERTY = "onnxruntime.native.path";
    /** Files ONNX Runtime's jars carry per platform; the GPU jar adds the CUDA and TensorRT providers. */
    private static final List<String> ORT_LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni",
            "onnxruntime_providers_shared", "onnxruntime_providers_cuda", "onnxruntime_providers_tensorrt");

    private static Path prepared;
    private static OrtEnvironment environment;

    private NativeLibraries() {
    }

    /**
     * Makes sure the native libraries are extracted and configured; cheap after the first call. Does nothing
     * when the user already set {@code onnxruntime.native.path}. Falls back to ONNX Runtime's own temporary
     * extraction when no cache folder is writable.
     *
     * @return the folder the libraries are loaded from, or null when ONNX Runtime extracts them itself
     */
    public static synchronized Path prepare() {
        System.setProperty("ai.djl.offline", "true");
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            // DJL's tokenizer library goes to StepLens's cache folder, not to ~/.djl.ai
            System.setProperty("DJL_CACHE_DIR", UserCache.folder().resolve("djl").toString());
        }
        Telemetry.disable();
        if (System.getProperty(ORT_PATH_PROPERTY) != null) {
            return Path.of(System.getProperty(ORT_PATH_PROPERTY));
        }
        if (prepared != null) {
            return prepared;
        }
        try {
            Path folder = UserCache.folder().resolve("onnxruntime").resolve(cacheKey());
            extractInto(folder);
            System.setProperty(ORT_PATH_PROPERTY, folder.toString());
            prepared = folder;
            return folder;
        } catch (IOException | RuntimeException e) {
            // Not fatal: ONNX Runtime extracts to a temporary folder itself.
            return null;
        }
    }

    /**
     * ONNX Runtime's environment, created once, on a thread with a large stack: ONNX Runtime 1.29's native
     * initialisation overflows the JVM's default 1 MB thread stack and kills the process with SIGSEGV. Once
     * created, the environment can be used from any thread.
     */
    public static synchronized OrtEnvironment environment() {
        if (environment != null) {
            return environment;
        }
        prepare();
        OrtEnvironment[] created = new OrtEnvironment[1];
        Throwable[] failure = new Throwable[1];
        Thread init = new Thread(null, () -> {
            try {
                // fatal-only native logging: StepLens reports every failure itself, in one line (a failed CUDA attempt
                // would otherwise print ONNX Runtime's own error before the fallback message)
                created[0] = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL, "steplens");
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "onnxruntime-init", 64L << 20);
        init.start();
        try {
            init.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting ONNX Runtime", e);
        }
        if (failure[0] != null) {
            throw new IllegalStateException("ONNX Runtime could not start: " + failure[0], failure[0]);
        }
        environment = created[0];
        return environment;
    }

    /** Version, build and platform, so that a new ONNX Runtime (or the GPU build) never meets old libraries. */
    static String cacheKey() throws IOException {
        String commit = "";
        try (InputStream in = OrtEnvironment.class.getResourceAsStream("/GIT_COMMIT_ID")) {
            if (in != null) {
                commit = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
                commit = "-" + commit.substring(0, Math.min(10, commit.length()));
            }
        }
        return runtimeVersion() + commit + "-" + osArch() + "-" + (isGpuBuild() ? "gpu" : "cpu");
    }

    /** The bundled ONNX Runtime's version, from its jar manifest; "unknown" when the manifest lacks it. */
    public static String runtimeVersion() {
        String version = OrtEnvironment.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    /** "GPU build (CUDA)" or "CPU build": which ONNX Runtime is bundled, without loading its native code. */
    public static String flavour() {
        return isGpuBuild() ? "GPU build (CUDA)" : "CPU build";
    }

    /** The GPU build carries the CUDA provider, unpacked in the configured folder or inside its jar. */
    private static boolean isGpuBuild() {
        String cuda = System.mapLibraryName("onnxruntime_providers_cuda");
        String folder = System.getProperty(ORT_PATH_PROPERTY);
        return resource(cuda) != null || folder != null && Files.isRegularFile(Path.of(folder, cuda));
    }

    static void extractInto(Path folder) throws IOException {
        Path done = folder.resolve(".complete");
        if (Files.exists(done)) {
            return;
        }
        Files.createDirectories(folder);
        List<String> written = new ArrayList<>();
        for (String library : ORT_LIBRARIES) {
            String file = System.mapLibraryName(library).replace("jnilib", "dylib");
            URL url = resource(file);
            if (url == null) {
                continue;
            }
            Path target = folder.resolve(file);
            Path temp = Files.createTempFile(folder, file, ".part");
            try (InputStream in = url.openStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                AtomicWrite.moveIntoPlace(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            written.add(file);
        }
        if (written.isEmpty()) {
            throw new IOException("no ONNX Runtime native library for " + osArch() + " on the class path");
        }
        Files.writeString(done, String.join("\n", written) + "\n");
    }


    private static URL resource(String file) {
        return OrtEnvironment.class.getResource("/ai/onnxruntime/native/" + osArch() + "/" + file);
    }

    /** ONNX Runtime's platform folder names, e.g. linux-x64, osx-aarch64, win-x64. */
    private static String osArch() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osPart = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : "linux";
        String archPart = switch (arch) {
            case "amd64", "x86_64" -> "x64";
            default -> arch;
        };
        return osPart + "-" + archPart;
    }
}
