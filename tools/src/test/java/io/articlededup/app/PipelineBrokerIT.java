package io.articlededup.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.broker.EmbeddedKafkaBroker;
import io.articlededup.topology.DeadLetterHeaders;
import io.articlededup.topology.Fixtures;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.articlededup.topology.Fixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The real application on a real broker: real producer in, real read_committed consumers out. */
class PipelineBrokerIT {
    static EmbeddedKafkaBroker broker;
    static DedupApplication app;
    @TempDir
    static Path state;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.startDefault();
        AppConfig config = AppConfig.defaults().with(Map.of(
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "kafka.application.id", "pipeline-it",
                "kafka.state.dir", state.toString(),
                "dedup.topics.partitions", "3",
                "dedup.topics.replication", "1",
                "dedup.http.port", "0"));
        app = new DedupApplication(config).start();
        await().atMost(Duration.ofSeconds(60)).until(() -> app.readiness().ready());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void goodDuplicateAndMalformedEventsEachLandInTheirTopic() throws Exception {
        byte[] broken = "{\"id\":\"broken\",\"body\":".getBytes(StandardCharsets.UTF_8);
        byte[] wrongType = "{\"id\":\"typed\",\"body\":42}".getBytes(StandardCharsets.UTF_8);
        List<byte[]> events = new ArrayList<>();
        events.add(Fixtures.seedEvent("seed-1"));
        events.add(broken);
        events.add(Fixtures.bytes(Fixtures.article("other-1", "news.example", "Budget vote delayed",
                "Parliament delayed the budget vote to next week.", "The opposition welcomed the delay.")));
        events.add(Fixtures.seedEvent("seed-2"));
        events.add(wrongType);
        events.add(Fixtures.bytes(Fixtures.article("other-2", "copy.example", "Budget vote delayed",
                "Parliament delayed the budget vote to next week.", "Comments", "The opposition welcomed the delay.")));
        KafkaTestClients.produce(broker.bootstrapServers(), "articles.raw", events);

        var clean = KafkaTestClients.consume(broker.bootstrapServers(), "articles.clean", r -> r.size() >= 2, Duration.ofSeconds(60));
        var dups = KafkaTestClients.consume(broker.bootstrapServers(), "articles.duplicates", r -> r.size() >= 2, Duration.ofSeconds(30));
        var dead = KafkaTestClients.consume(broker.bootstrapServers(), "articles.dlq", r -> r.size() >= 2, Duration.ofSeconds(30));

        // each pair of copies yields one canonical and one exact duplicate pointing at it; which copy is
        // canonical depends on which partition is processed first (the events have no key)
        Map<String, String> partner = Map.of("seed-1", "seed-2", "seed-2", "seed-1", "other-1", "other-2", "other-2", "other-1");
        List<String> canonical = clean.stream().map(r -> json(r).get("id").asText()).toList();
        assertThat(canonical).hasSize(2).anyMatch(id -> id.startsWith("seed-")).anyMatch(id -> id.startsWith("other-"));
        JsonNode seed = clean.stream().map(PipelineBrokerIT::json).filter(j -> j.get("id").asText().startsWith("seed-")).findFirst().orElseThrow();
        assertThat(seed.get("title").asText()).isEqualTo(Fixtures.SEED_TITLE);
        assertThat(JSON.convertValue(seed.get("paragraphs"), List.class)).isEqualTo(Fixtures.seedParagraphs());
        assertThat(new String(clean.get(0).key(), StandardCharsets.UTF_8)).isIn(canonical);

        assertThat(dups).hasSize(2).allSatisfy(r -> {
            JsonNode d = json(r);
            assertThat(d.at("/dedup/status").asText()).isEqualTo("exact_duplicate");
            assertThat(d.at("/dedup/duplicate_of").asText()).isEqualTo(partner.get(d.get("id").asText()));
            assertThat(canonical).contains(d.at("/dedup/duplicate_of").asText());
        });

        assertThat(dead).extracting(ConsumerRecord::value).containsExactlyInAnyOrder(broken, wrongType);
        for (var r : dead) {
            assertThat(header(r, DeadLetterHeaders.REASON)).isIn("invalid_json", "wrong_type");
            assertThat(header(r, DeadLetterHeaders.TOPIC)).isEqualTo("articles.raw");
            assertThat(header(r, DeadLetterHeaders.PARTITION)).matches("\\d+");
            assertThat(header(r, DeadLetterHeaders.OFFSET)).matches("\\d+");
            assertThat(header(r, DeadLetterHeaders.EXCEPTION)).endsWith("InvalidArticleException");
            assertThat(header(r, DeadLetterHeaders.MESSAGE)).isNotBlank();
        }

        // nothing else arrives: no article is doubled
        assertThat(KafkaTestClients.consumeAll(broker.bootstrapServers(), "articles.clean", Duration.ofSeconds(2))).hasSize(2);

        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + app.httpPort();
        String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).containsPattern("dedup_articles_total\\{[^}]*outcome=\"exact_duplicate\"[^}]*} 2.0");
        assertThat(metrics).containsPattern("dedup_articles_total\\{[^}]*outcome=\"invalid\"[^}]*} 2.0");
        assertThat(metrics).contains("dedup_paragraphs_total{").contains("kafka_stream");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/ready")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/anything-else")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    private static JsonNode json(ConsumerRecord<byte[], byte[]> r) {
        try {
            return JSON.readTree(r.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String key) {
        var h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
