package io.articlededup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default stream on the real corpora: shape checks, and the numbers behind docs/evaluation-data.md. */
class RealStreamTest {

    @Test
    void defaultStreamOnAllCorpora() {
        Path data = TestData.require("bbc");
        TestData.require("reuters21578");
        TestData.require("scrapinghub-aeb");
        BaseCorpus base = BaseCorpus.load(data);
        long t0 = System.nanoTime();
        LabelledStreamBuilder b = new LabelledStreamBuilder(StreamSpec.defaults());
        List<LabelledEvent> events = b.build(base);
        System.out.printf("built %d events in %d ms%n%s%n", events.size(), (System.nanoTime() - t0) / 1_000_000,
                b.stats());
        java.util.Map<String, Integer> perSite = new java.util.TreeMap<>();
        events.stream().filter(e -> !e.boilerplateParagraphIdx().isEmpty())
                .forEach(e -> perSite.merge(e.raw().get("source").asText(), 1, Integer::sum));
        System.out.printf("events with boilerplate per site %s; boilerplate paragraphs %d; body events %d%n", perSite,
                events.stream().mapToInt(e -> e.boilerplateParagraphIdx().size()).sum(),
                events.stream().filter(e -> e.raw().has("body")).count());
        BuildStats s = b.stats();
        assertThat(s.knownGroups()).isEqualTo(100);
        assertThat(s.knownGroupsFoundByShingles()).isEqualTo(100);
        assertThat(events).hasSizeGreaterThan(2500);
        assertThat(s.eventsByKind()).containsKeys(Kinds.ORIGINAL, Kinds.HARD_NEGATIVE, Kinds.NATURAL_EXACT_DUP,
                Kinds.NATURAL_NEAR_DUP, Kinds.SYNDICATED, Kinds.RESCRAPE);
    }
}
