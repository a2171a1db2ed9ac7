package io.articlededup.eval.html;

import io.articlededup.eval.Corpora;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the page data sets live: the shared data folder, read in place, never copied. */
public final class DataPaths {

    /** {@link Corpora#defaultDataDir()}: {@code -Dshared.data.dir=DIR} or {@code ../shared/data} beside the repository. */
    public static Path root() {
        return Corpora.defaultDataDir();
    }

    public static Path require(String folder) {
        Path dir = root().resolve(folder);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("data set folder not found: " + dir.toAbsolutePath()
                    + " (set -Dshared.data.dir)");
        }
        return dir;
    }

    private DataPaths() {
    }
}
