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

    @Test
    void readsWhatADuplicatePointsAt() {
        assertThat(OutputStatus.duplicateOf(bytes("{\"dedup\":{\"status\":\"exact_duplicate\",\"duplicate_of\":\"b-7\"}}")))
                .isEqualTo("b-7");
        assertThat(OutputStatus.duplicateOf(bytes("{\"dedup\":{\"status\":\"unique\"}}"))).isNull();
    }

    @Test
    void findsEveryArticleOfADuplicateCycleAndNothingElse() {
        DuplicateLinks links = new DuplicateLinks();
        links.add("a", "b");
        links.add("b", "c");
        links.add("c", "a");      // a -> b -> c -> a: no canonical
        links.add("d", "a");      // points into the cycle, is not part of it
        links.add("e", "f");      // f is canonical (no link)
        links.add("g", "g");      // a self-link is a cycle too
        assertThat(links.articlesInCycles()).isEqualTo(4);
        assertThat(new DuplicateLinks().articlesInCycles()).isZero();
    }
}
