package io.articlededup.bench;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryArticlesTest {
    private static final ObjectMapper JSON = EventJson.MAPPER;

    @Test
    void articlesAreRawEventsOfAboutThreeKilobytesAndNoParagraphRepeats() throws Exception {
        HistoryArticles articles = new HistoryArticles(BenchTestData.sampleParagraphs(), 1);
        Set<String> paragraphs = new HashSet<>();
        long bytes = 0;
        int count = 0;
        for (int i = 0; i < 2000; i++) {
            byte[] event = articles.next("h-" + i);
            bytes += event.length;
            JsonNode n = JSON.readTree(event);
            assertThat(n.get("id").asText()).isEqualTo("h-" + i);
            assertThat(n.get("source").asText()).matches("site\\d+\\.example");
            assertThat(n.get("title").asText()).isNotBlank();
            for (String p : n.get("body").asText().split("\n")) {
                assertThat(paragraphs.add(p)).as("paragraph seen twice: %s", p).isTrue();
                count++;
            }
        }
        assertThat(count).isBetween(2000 * 5, 2000 * 8);
        assertThat(bytes / 2000).isBetween(2000L, 4500L);
    }
}
