package io.articlededup.app;

import java.nio.file.Path;

/** The packaged tools jar ({@code tools/target/article-dedup-tools.jar}): system property {@code tools.jar}, set by the build. */
final class ToolsJar {
    private ToolsJar() {
    }

    static Path path() {
        String configured = System.getProperty("tools.jar");
        return configured == null || configured.isBlank() ? Path.of("target", "article-dedup-tools.jar") : Path.of(configured);
    }
}
