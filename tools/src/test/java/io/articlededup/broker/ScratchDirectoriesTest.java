package io.articlededup.broker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScratchDirectoriesTest {

    @Test
    void aTreeIsDeletedDeepestFirstAndAMissingOneIsNoError(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("state");
        Files.createDirectories(root.resolve("0_1/rocksdb/store"));
        Files.writeString(root.resolve("0_1/rocksdb/store/000001.sst"), "data");
        Files.writeString(root.resolve(".lock"), "");

        ScratchDirectories.delete(root);
        assertThat(root).doesNotExist();
        assertThat(tmp).exists();

        ScratchDirectories.delete(root);
        assertThat(root).doesNotExist();
    }
}
