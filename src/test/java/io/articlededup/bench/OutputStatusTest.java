package io.articlededup.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OutputStatusTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheStatusOfTheDedupBlock() {
        assertThat(OutputStatus.of("articles.clean", bytes("{\"id\":\"a\",\"dedup\":{\"status\":\"unique\",\"similarity\":null}}")))
                .isEqualTo("unique");
        assertThat(OutputStatus.of("articles.duplicates", bytes("{\"dedup\":{\"status\":\"near_duplicate\"}}")))
                .isEqualTo("near_duplicate");
    }

    @Test
    void deadLettersAndRecordsWithoutAStatus() {
        assertThat(OutputStatus.of("articles.dlq", bytes("not json"))).isEqualTo("dead_letter");
        assertThat(OutputStatus.of("articles.clean", bytes("{\"id\":\"a\"}"))).isEqualTo("unknown");
    }
}
