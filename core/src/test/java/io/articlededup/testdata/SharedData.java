package io.articlededup.testdata;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find the research data that lives beside the repository ({@code ../shared/data} from the
 * repository root), the same from the root and from a module directory: the system property
 * {@code shared.data.dir} when set (the build sets it), else {@code ../shared/data} next to the nearest
 * directory, going up from the working directory, that holds the Maven wrapper ({@code mvnw}), the
 * repository root.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path dir() {
        String configured = System.getProperty("shared.data.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path root = repositoryRoot();
        return (root == null ? Path.of("..") : root.resolve("..")).resolve("shared").resolve("data")
                .toAbsolutePath().normalize();
    }

    /** The nearest directory at or above the working directory that holds {@code mvnw}, or null. */
    static Path repositoryRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("mvnw"))) {
                return d;
            }
        }
        return null;
    }
}
