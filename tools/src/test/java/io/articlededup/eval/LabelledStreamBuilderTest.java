package io.articlededup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelledStreamBuilderTest {

    static final StreamSpec SPEC = TestStream.SPEC;
    static final List<SourceDoc> docs = TestStream.DOCS;
    static final List<LabelledEvent> events = TestStream.EVENTS;
    static final Map<String, LabelledEvent> byId = TestStream.BY_ID;

    @Test
    void sameSeedSameStreamOtherSeedOtherStream() {
        List<String> a = json(new LabelledStreamBuilder(SPEC).build(docs));
        List<String> b = json(new LabelledStreamBuilder(SPEC).build(docs));
        List<String> c = json(new LabelledStreamBuilder(SPEC.withSeed(43)).build(docs));
        assertThat(a).isEqualTo(b).isEqualTo(json(events));
        assertThat(c).isNotEqualTo(a);
    }

    private static List<String> json(List<LabelledEvent> ev) {
        return ev.stream().map(e -> e.raw().toString() + e.clusterId() + e.kind() + e.boilerplateParagraphIdx()
                + e.noiseParagraphIdx()).toList();
    }

    @Test
    void sizesFollowTheSpec() {
        long firsts = events.stream().filter(e -> e.id().equals(e.clusterId())).count();
        assertThat(firsts).isEqualTo(SPEC.originals());
        long synthetic = events.stream().filter(e -> Kinds.SYNTHETIC.contains(e.kind())).count();
        assertThat(synthetic).isEqualTo(Math.round(SPEC.originals() * 0.5 / 0.5));
        assertThat(events.stream().filter(e -> e.kind().equals(Kinds.HARD_NEGATIVE)).count()).isEqualTo(20);
        for (String k : Kinds.SYNTHETIC) {
            assertThat(events).as(k).anyMatch(e -> e.kind().equals(k));
        }
    }

    @Test
    void eventsFollowTheRawContract() {
        Set<String> ids = new HashSet<>();
        Instant last = Instant.MIN;
        for (LabelledEvent e : events) {
            assertThat(ids.add(e.id())).isTrue();
            assertThat(e.raw().get("id").asText()).isEqualTo(e.id());
            assertThat(e.raw().get("url").asText()).startsWith("https://");
            assertThat(e.raw().get("source").asText()).isEqualTo(RawEvents.host(e.raw().get("url").asText()));
            assertThat(e.raw().get("title").asText()).isNotBlank();
            assertThat(e.raw().has("paragraphs") ^ e.raw().has("body")).isTrue();
            Instant t = Instant.parse(e.raw().get("published_at").asText());
            assertThat(t).isAfter(last);
            last = t;
        }
    }

    @Test
    void everyDuplicateComesAfterTheFirstEventOfItsStory() {
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            pos.put(events.get(i).id(), i);
        }
        for (LabelledEvent e : events) {
            LabelledEvent first = byId.get(e.clusterId());
            assertThat(first.expectedStatus()).isEqualTo(Kinds.UNIQUE);
            if (e != first) {
                assertThat(pos.get(e.id())).isGreaterThan(pos.get(first.id()));
                assertThat(e.expectedStatus()).isNotEqualTo(Kinds.UNIQUE);
            }
        }
    }

    @Test
    void naturalDuplicatesShareTheStoryOfTheirFirstMember() {
        List<LabelledEvent> natural = events.stream().filter(e -> e.kind().startsWith("natural_")).toList();
        assertThat(natural).extracting(LabelledEvent::kind)
                .containsExactlyInAnyOrder(Kinds.NATURAL_EXACT_DUP, Kinds.NATURAL_NEAR_DUP);
        LabelledEvent first = byId.get(natural.get(0).clusterId());
        assertThat(first.contentParagraphs()).isEqualTo(docs.get(0).paragraphs());
        assertThat(natural.get(1).clusterId()).isEqualTo(first.id());
    }

    @Test
    void hardNegativesAreTheirOwnStoryOnTheSameTopicAsAnEarlierOriginal() {
        Map<String, String> topicOfContent = new HashMap<>();
        docs.forEach(d -> topicOfContent.put(d.paragraphs().get(0), d.group()));
        List<LabelledEvent> hn = events.stream().filter(e -> e.kind().equals(Kinds.HARD_NEGATIVE)).toList();
        for (LabelledEvent e : hn) {
            assertThat(e.clusterId()).isEqualTo(e.id());
            String topic = topicOfContent.get(e.contentParagraphs().get(0));
            assertThat(topic).isNotNull();
            boolean earlierSameTopic = events.stream().takeWhile(x -> x != e)
                    .anyMatch(x -> x.kind().equals(Kinds.ORIGINAL)
                            && topic.equals(topicOfContent.get(x.contentParagraphs().get(0))));
            assertThat(earlierSameTopic).isTrue();
        }
    }

    @Test
    void boilerplateIsTheSitesOwnAndStampedOnManyArticles() {
        Map<String, Map<String, Integer>> perSource = new HashMap<>();
        for (LabelledEvent e : events) {
            String src = e.raw().get("source").asText();
            for (String bp : e.boilerplateParagraphs()) {
                assertThat(src).endsWith(".example");
                perSource.computeIfAbsent(src, s -> new HashMap<>()).merge(bp, 1, Integer::sum);
            }
            assertThat(e.contentParagraphs()).noneMatch(p -> e.boilerplateParagraphs().contains(p));
        }
        assertThat(perSource).hasSizeGreaterThanOrEqualTo(6);
        perSource.forEach((src, counts) -> {
            assertThat(counts).hasSizeBetween(2, 3);
            counts.forEach((p, n) -> assertThat(n).as(src + ": " + p).isGreaterThanOrEqualTo(5));
        });
    }

    @Test
    void decisionsThatFollowTheTruthScorePerfectly() {
        Map<String, Decision> d = new HashMap<>();
        for (LabelledEvent e : events) {
            String status = e.expectedStatus();
            d.put(e.id(), new Decision(e.id(), status, status.equals(Kinds.UNIQUE) ? null : e.clusterId(),
                    e.contentParagraphs()));
        }
        EvalReport r = Scorer.score(events, d);
        assertThat(r.all().f1()).isEqualTo(1.0);
        assertThat(r.exact().f1()).isEqualTo(1.0);
        assertThat(r.near().f1()).isEqualTo(1.0);
        assertThat(r.ari()).isEqualTo(1.0);
        assertThat(r.boilerplateRemoved()).isEqualTo(r.boilerplateInjected()).isPositive();
        assertThat(r.contentWronglyRemoved()).isZero();
        assertThat(r.hardNegativesMerged()).isZero();
        // and calling everything unique finds nothing, merges nothing
        EvalReport none = Scorer.score(events, Map.of());
        assertThat(none.all().recall()).isZero();
        assertThat(none.all().precision()).isEqualTo(1.0);
        assertThat(none.missingDecisions()).isEqualTo(events.size());
    }
}
