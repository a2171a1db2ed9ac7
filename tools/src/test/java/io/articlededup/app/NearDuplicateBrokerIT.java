package io.articlededup.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.topology.Stories;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
 * Near duplicates on a real broker, where the partitioning guarantees are tested: copies produced
 * at the same moment to different partitions, processed by one thread, several threads, or two
 * application instances, still yield exactly one canonical article each.
 */
class NearDuplicateBrokerIT {
    static final int PARTITIONS = 4;
    @RegisterExtension
    final InstancesOnBroker cluster = new InstancesOnBroker("near-it", PARTITIONS);

    private DedupApplication startApp(int threads, Map<String, String> extra) throws Exception {
        Map<String, String> settings = new HashMap<>(extra);
        settings.put("kafka.num.stream.threads", String.valueOf(threads));
        return cluster.start(settings);
    }

    private void awaitAllRunning() {
        cluster.awaitAllRunning();
    }

    @ParameterizedTest(name = "{0} instance(s) x {1} thread(s)")
    @CsvSource({"1, 1", "1, 3", "2, 2"})
    void simultaneousNearDuplicatesOnDifferentPartitionsYieldExactlyOneCanonical(int instances, int threads) throws Exception {
        for (int i = 0; i < instances; i++) {
            startApp(threads, Map.of());
        }
        awaitAllRunning();
        int pairs = 40;
        long t0 = System.currentTimeMillis();
        Map<String, String> partnerOf = new HashMap<>();
        try (KafkaProducer<byte[], byte[]> p = producer(cluster.bootstrapServers())) {
            for (int i = 0; i < pairs; i++) {
                List<String> story = Stories.story(1000 + i, 6, 40);
                // light copy edits: similarity about 0.8, where LSH finds a candidate with probability > 0.999
                List<String> copy = Stories.editedCopy(story, 0.01, 2000 + i);
                String a = "pair" + i + "-a";
                String b = "pair" + i + "-b";
                partnerOf.put(a, b);
                partnerOf.put(b, a);
                long ts = t0 + i; // the same moment for both copies: the tie breaks on the id
                p.send(new ProducerRecord<>("articles.raw", i % PARTITIONS, ts, null, event(a, "one.example", story)));
                p.send(new ProducerRecord<>("articles.raw", (i + 1) % PARTITIONS, ts, null, event(b, "two.example", copy)));
            }
        }
        var clean = KafkaTestClients.consume(cluster.bootstrapServers(), "articles.clean", r -> r.size() >= pairs, Duration.ofSeconds(90));
        var dups = KafkaTestClients.consume(cluster.bootstrapServers(), "articles.duplicates", r -> r.size() >= pairs, Duration.ofSeconds(30));

        List<String> canonical = clean.stream().map(r -> json(r).get("id").asText()).toList();
        List<String> decisions = new ArrayList<>(canonical);
        java.util.Set<String> missing = new java.util.TreeSet<>(partnerOf.keySet());
        canonical.forEach(missing::remove);
        dups.forEach(r -> missing.remove(json(r).get("id").asText()));
        decisions.add("MISSING " + missing);
        dups.forEach(r -> decisions.add(json(r).get("id").asText() + "->" + json(r).at("/dedup/duplicate_of").asText()
                + "@" + json(r).at("/dedup/similarity").asText() + " t=" + json(r).at("/dedup/event_time").asText()));
        assertThat(canonical).as("exactly one canonical per pair: %s", decisions).hasSize(pairs);
        assertThat(canonical.stream().map(id -> id.substring(0, id.length() - 2)).distinct()).hasSize(pairs);
        long earlierIsCanonical = canonical.stream().filter(id -> id.endsWith("-a")).count();
        System.out.printf("%d instance(s) x %d thread(s): %d of %d canonicals are the earlier copy by (event time, id)%n",
                instances, threads, earlierIsCanonical, pairs);
        for (ConsumerRecord<byte[], byte[]> r : dups) {
            JsonNode d = json(r);
            assertThat(d.at("/dedup/status").asText()).isEqualTo("near_duplicate");
            assertThat(d.at("/dedup/duplicate_of").asText()).isEqualTo(partnerOf.get(d.get("id").asText()));
        }
        assertThat(dups).hasSize(pairs);
        assertThat(KafkaTestClients.consumeAll(cluster.bootstrapServers(), "articles.clean", Duration.ofSeconds(2)))
                .as("nothing more arrives later").hasSize(pairs);
    }

    @Test
    void aCopyArrivingAfterTheRetentionIsUniqueAgain() throws Exception {
        startApp(1, Map.of("dedup.near.retention", "1h", "dedup.exact.retention", "1h"));
        awaitAllRunning();
        List<String> story = Stories.story(7, 6, 40);
        long t0 = System.currentTimeMillis() - Duration.ofHours(5).toMillis();
        // the stream moves on in order: these first two are decided before anything newer arrives, the copy
        // after the original (sent together, either may be decided first: that race has its own test)
        try (KafkaProducer<byte[], byte[]> p = producer(cluster.bootstrapServers())) {
            p.send(new ProducerRecord<>("articles.raw", 0, t0, null, event("old", "one.example", story)));
        }
        KafkaTestClients.consume(cluster.bootstrapServers(), "articles.clean", r -> r.size() >= 1, Duration.ofSeconds(60));
        try (KafkaProducer<byte[], byte[]> p = producer(cluster.bootstrapServers())) {
            p.send(new ProducerRecord<>("articles.raw", 1, t0 + 60_000, null, event("copy-in-time", "two.example", Stories.editedCopy(story, 0.02, 1))));
        }
        KafkaTestClients.consume(cluster.bootstrapServers(), "articles.duplicates", r -> r.size() >= 1, Duration.ofSeconds(60));
        try (KafkaProducer<byte[], byte[]> p = producer(cluster.bootstrapServers())) {
            // stream time moves 3 hours on: the first two are past the 1h retention
            p.send(new ProducerRecord<>("articles.raw", 0, t0 + Duration.ofHours(3).toMillis(), null, event("filler", "one.example", Stories.story(8, 6, 40))));
            p.send(new ProducerRecord<>("articles.raw", 0, t0 + Duration.ofHours(3).toMillis() + 1, null, event("copy-too-late", "two.example", Stories.editedCopy(story, 0.02, 2))));
            p.send(new ProducerRecord<>("articles.raw", 0, t0 + Duration.ofHours(3).toMillis() + 2, null, event("resend-too-late", "one.example", story)));
        }
        var clean = KafkaTestClients.consume(cluster.bootstrapServers(), "articles.clean", r -> r.size() >= 3, Duration.ofSeconds(60));
        var dups = KafkaTestClients.consume(cluster.bootstrapServers(), "articles.duplicates", r -> r.size() >= 2, Duration.ofSeconds(30));
        // the old article is forgotten: its late copies start a new cluster, canonical the earlier of them
        assertThat(clean).extracting(r -> json(r).get("id").asText())
                .containsExactlyInAnyOrder("old", "filler", "copy-too-late");
        assertThat(dups).extracting(r -> json(r).get("id").asText() + "->" + json(r).at("/dedup/duplicate_of").asText())
                .containsExactlyInAnyOrder("copy-in-time->old", "resend-too-late->copy-too-late");
    }

    @Test
    void aSyndicatedCopyIsFlaggedAndASitesFooterIsLearnedAfterKArticles() throws Exception {
        startApp(1, Map.of("dedup.boilerplate.min.articles", "3"));
        awaitAllRunning();
        String footer = "Sign up for our morning newsletter and get the day's most important stories in your inbox.";
        List<String> original = List.of(io.articlededup.topology.NearDuplicateTopologyTest.STORY);
        List<String> syndicated = new ArrayList<>();
        syndicated.add("By Jane Doe, Economics Correspondent");
        syndicated.addAll(original.subList(0, original.size() - 1));
        syndicated.add(footer);
        long t0 = System.currentTimeMillis();
        try (KafkaProducer<byte[], byte[]> p = producer(cluster.bootstrapServers())) {
            p.send(new ProducerRecord<>("articles.raw", 0, t0, null, event("wire-1", "wire.example", original)));
            // four different stories of one site, each with the site's footer
            for (int i = 0; i < 4; i++) {
                List<String> story = new ArrayList<>(Stories.story(500 + i, 4, 30));
                story.add(footer);
                p.send(new ProducerRecord<>("articles.raw", 1, t0 + 1000 + i, null, event("local-" + i, "local.example", story)));
            }
            p.send(new ProducerRecord<>("articles.raw", 1, t0 + 2000, null, event("local-copy", "local.example", syndicated)));
        }
        var clean = KafkaTestClients.consume(cluster.bootstrapServers(), "articles.clean", r -> r.size() >= 5, Duration.ofSeconds(60));
        var dups = KafkaTestClients.consume(cluster.bootstrapServers(), "articles.duplicates", r -> r.size() >= 1, Duration.ofSeconds(30));

        assertThat(dups).hasSize(1);
        JsonNode copy = json(dups.get(0));
        assertThat(copy.get("id").asText()).isEqualTo("local-copy");
        assertThat(copy.at("/dedup/status").asText()).isEqualTo("near_duplicate");
        assertThat(copy.at("/dedup/duplicate_of").asText()).isEqualTo("wire-1");
        assertThat(copy.at("/dedup/paragraphs/removed/boilerplate").asInt()).as("footer stripped from the copy").isEqualTo(1);
        Map<String, Integer> boilerplateRemoved = new HashMap<>();
        clean.forEach(r -> boilerplateRemoved.put(json(r).get("id").asText(), json(r).at("/dedup/paragraphs/removed/boilerplate").asInt()));
        // K = 3: the first three stories of the site keep the footer, the fourth already loses it
        assertThat(boilerplateRemoved).containsEntry("local-0", 0).containsEntry("local-1", 0).containsEntry("local-2", 0)
                .containsEntry("local-3", 1).containsEntry("wire-1", 0);
    }
}
