package io.articlededup.eval.html;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared research data sets live; they are read in place, never copied. */
public final class DataPaths {

    /** Overridable with {@code -Dhtmleval.data=DIR}; defaults to the shared data folder. */
    public static Path root() {
        return Path.of(System.getProperty("htmleval.data", "/work/shared/data"));
    }

    static Path require(String folder) {
        Path dir = root().resolve(folder);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("data set folder not found: " + dir);
        }
        return dir;
    }

    private DataPaths() {
    }
}
