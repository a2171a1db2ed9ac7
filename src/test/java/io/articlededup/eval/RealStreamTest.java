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
        BuildStats s = b.stats();
        assertThat(s.knownGroups()).isEqualTo(100);
        assertThat(s.knownGroupsFoundByShingles()).isEqualTo(100);
        assertThat(events).hasSizeGreaterThan(2500);
        assertThat(s.eventsByKind()).containsKeys(Kinds.ORIGINAL, Kinds.HARD_NEGATIVE, Kinds.NATURAL_EXACT_DUP,
                Kinds.NATURAL_NEAR_DUP, Kinds.SYNDICATED, Kinds.RESCRAPE);
    }
}
