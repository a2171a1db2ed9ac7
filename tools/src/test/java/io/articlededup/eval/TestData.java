package io.articlededup.eval;

import io.articlededup.testdata.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where tests find the shared research data; tests that need it skip visibly when it is absent. */
final class TestData {

    private TestData() {
    }

    static Path dataDir() {
        return SharedData.dir();
    }

    /** Skips the calling test, with a message naming the folder, when {@code dataDir/sub} is missing. */
    static Path require(String sub) {
        Path dir = dataDir().resolve(sub);
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "shared data folder " + dir.toAbsolutePath() + " is absent (see ../shared/data/README.md): skipping");
        return dataDir();
    }
}
