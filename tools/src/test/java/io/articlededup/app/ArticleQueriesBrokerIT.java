package io.articlededup.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.query.QueryEndpoints;
import io.articlededup.topology.DedupTopology;
import io.articlededup.topology.Stories;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.articlededup.topology.Fixtures.JSON;
import static io.articlededup.app.KafkaTestClients.event;
import static io.articlededup.app.KafkaTestClients.json;
import static io.articlededup.app.KafkaTestClients.producer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Why is this a duplicate?" across instances: two application instances of one application id on a real
 * broker, each asked over HTTP about the articles and the site the other one holds; each forwards to the
 * owner and relays its answer, which matches what the output topics published.
 */
class ArticleQueriesBrokerIT {
    static final int PARTITIONS = 4;
    static final String FOOTER = "Sign up for our morning newsletter and get the day's most important stories in your inbox.";
    @RegisterExtension
    final InstancesOnBroker cluster = new InstancesOnBroker("queries-it", PARTITIONS);
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DedupApplication startApp() throws Exception {
        return cluster.start(Map.of("dedup.boilerplate.min.articles", "3"));
    }

    @Test
    void eachInstanceAnswersForTheArticlesAndTheSiteTheOtherOwns() throws Exception {
        DedupApplication first = startApp();
        DedupApplication second = startApp();
        cluster.awaitAllRunning();

        int stories = 12;
        long t0 = System.currentTimeMillis();
        try (KafkaProducer<byte[], byte[]> p = producer(cluster.bootstrapServers())) {
            for (int i = 0; i < stories; i++) {
                List<String> story = Stories.story(3000 + i, 6, 40);
                p.send(new ProducerRecord<>("articles.raw", i % PARTITIONS, t0 + i, null, event("story-" + i, "wire.example", story)));
                // every third story is syndicated with light edits, every fourth copied whole
                if (i % 3 == 0) {
                    p.send(new ProducerRecord<>("articles.raw", (i + 1) % PARTITIONS, t0 + 100 + i, null,
                            event("near-" + i, "copies.example", Stories.editedCopy(story, 0.01, 4000 + i))));
                }
                if (i % 4 == 0) {
                    p.send(new ProducerRecord<>("articles.raw", (i + 2) % PARTITIONS, t0 + 200 + i, null,
                            event("exact-" + i, "mirror.example", story)));
                }
            }
            // one site stamps its footer on four different stories: with K = 3, it is furniture from the fourth
            for (int i = 0; i < 4; i++) {
                List<String> story = new ArrayList<>(Stories.story(5000 + i, 4, 30));
                story.add(FOOTER);
                p.send(new ProducerRecord<>("articles.raw", i % PARTITIONS, t0 + 300 + i, null, event("local-" + i, "local.example", story)));
            }
        }
        int expected = stories + 4 + 4 + 3;
        // one canonical per story is what a quiet stream gives; a race may leave two in one cluster
        var clean = KafkaTestClients.consume(cluster.bootstrapServers(), "articles.clean", r -> r.size() >= stories + 4,
                Duration.ofSeconds(90));
        var dups = KafkaTestClients.consume(cluster.bootstrapServers(), "articles.duplicates",
                r -> clean.size() + r.size() >= expected, Duration.ofSeconds(30));
        var allClean = KafkaTestClients.consume(cluster.bootstrapServers(), "articles.clean",
                r -> r.size() + dups.size() >= expected, Duration.ofSeconds(30));
        Map<String, JsonNode> published = new HashMap<>();
        for (var r : allClean) {
            published.put(json(r).get("id").asText(), json(r).get("dedup"));
        }
        for (var r : dups) {
            published.put(json(r).get("id").asText(), json(r).get("dedup"));
        }
        assertThat(published).hasSize(expected);
        // copies processed at the same moment on different partitions may pick either as canonical (the
        // decision stage's races, NearDuplicateBrokerIT), so what is expected below is read from the output
        assertThat(published.values()).extracting(d -> d.get("status").asText())
                .contains("unique", "near_duplicate", "exact_duplicate");

        for (DedupApplication asked : cluster.instances()) {
            DedupApplication other = asked == first ? second : first;
            List<String> ownedByOther = published.keySet().stream().filter(id -> owner(id) == other).toList();
            assertThat(ownedByOther).as("the other instance owns some of the articles' partitions").isNotEmpty();
            for (String id : ownedByOther) {
                JsonNode answer = awaitAnswer(asked, "/articles/" + id);
                JsonNode decision = published.get(id);
                assertThat(answer.get("served_by").asText()).as(id).endsWith(":" + other.httpPort());
                assertThat(answer.get("status").asText()).as(id).isEqualTo(decision.get("status").asText());
                for (String field : List.of("duplicate_of", "similarity", "canonical_source")) {
                    assertThat(valueOf(answer, field)).as("%s %s", id, field).isEqualTo(valueOf(decision, field));
                }
            }
        }

        // a canonical lists the duplicates known so far, wherever they were decided (each link is a record of
        // its own: it may land a commit after the canonical's decision)
        Map<String, List<String>> duplicatesOf = new HashMap<>();
        published.forEach((id, d) -> {
            if (!d.get("duplicate_of").isNull()) {
                duplicatesOf.computeIfAbsent(d.get("duplicate_of").asText(), c -> new ArrayList<>())
                        .add(id + " " + d.get("status").asText());
            }
        });
        assertThat(duplicatesOf).isNotEmpty();
        for (Map.Entry<String, List<String>> e : duplicatesOf.entrySet()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode canonical = awaitAnswer(first, "/articles/" + e.getKey());
                assertThat(canonical.get("duplicates")).extracting(d -> d.get("id").asText() + " " + d.get("status").asText())
                        .containsExactlyInAnyOrderElementsOf(e.getValue());
                assertThat(canonical.get("duplicates_total").asInt()).isEqualTo(e.getValue().size());
            });
        }

        // the site's furniture, asked of both: one answers from its own stores, the other forwards to it
        for (DedupApplication asked : cluster.instances()) {
            JsonNode furniture = awaitAnswer(asked, "/sources/local.example/boilerplate");
            assertThat(furniture.get("entries")).hasSize(1);
            assertThat(furniture.at("/entries/0/excerpt").asText()).isEqualTo(FOOTER);
            assertThat(furniture.at("/entries/0/kind").asText()).isEqualTo("paragraph");
            assertThat(furniture.at("/entries/0/articles").asInt()).isEqualTo(4);
        }

        assertThat(get(first, "/articles/never-sent").statusCode()).isEqualTo(404);
        assertThat(get(first, "/articles/story-1?limit=0").statusCode()).isEqualTo(400);
        String foreign = published.keySet().stream().filter(id -> owner(id) == second).findFirst().orElseThrow();
        HttpResponse<String> loop = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + first.httpPort()
                        + "/articles/" + foreign)).header(QueryEndpoints.FORWARDED_HEADER, "test").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loop.statusCode()).as("a forwarded request is never forwarded again").isEqualTo(503);
        assertThat(JSON.readTree(loop.body()).get("error").asText()).isEqualTo("unavailable");
    }

    /** A field's value as text, null when it is null or absent (the output omits a unique's canonical_source). */
    private static String valueOf(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The instance whose active task holds the id's partition of the decisions store. */
    private DedupApplication owner(String id) {
        int port = first().streams().queryMetadataForKey(DedupTopology.ARTICLE_DECISIONS_STORE, id, new StringSerializer())
                .activeHost().port();
        return cluster.instances().stream().filter(a -> a.httpPort() == port).findFirst().orElseThrow();
    }

    private DedupApplication first() {
        return cluster.instances().get(0);
    }

    /** The decision store is written just after publication: an answer may take a commit interval more. */
    private JsonNode awaitAnswer(DedupApplication app, String path) {
        HttpResponse<String>[] last = new HttpResponse[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            last[0] = get(app, path);
            assertThat(last[0].statusCode()).as("%s: %s", path, last[0].body()).isEqualTo(200);
        });
        try {
            return JSON.readTree(last[0].body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> get(DedupApplication app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.httpPort() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
