package org.steplens.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The StepLens version (from the jar manifest, "dev" when run from classes) and the git commit it was built from
 * (written into {@code build.properties} by the Maven build; "unknown" when the build had no git checkout).
 */
public record BuildInfo(String version, String commit) {
    static final String RESOURCE = "build.properties";

    /** The running build. */
    public static BuildInfo current() {
        return new BuildInfo(manifestVersion(), commitFrom(BuildInfo.class.getResourceAsStream(RESOURCE)));
    }

    static String manifestVersion() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    /** The {@code commit} entry of a build.properties stream; "unknown" when absent, empty or unreadable. */
    static String commitFrom(InputStream in) {
        if (in == null) {
            return "unknown";
        }
        Properties p = new Properties();
        try (in) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return "unknown";
        }
        String commit = p.getProperty("commit", "").trim();
        // an unfiltered placeholder means the resource was copied without the build's git step
        return commit.isEmpty() || commit.contains("${") ? "unknown" : commit;
    }
}
