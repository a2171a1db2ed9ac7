package io.articlededup.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seven events: story a1 (original, exact_resend a2, copy_edit a3), story b1 (original, syndicated b2 carrying a
 * footer), c1 (original) and the hard negative c2: four stories.
 */
class ScorerTest {

    private static LabelledEvent ev(String id, String cluster, String kind, List<String> paras, List<Integer> bp) {
        return new LabelledEvent(id, cluster, kind,
                RawEvents.create(id, "https://x.example/" + id, "x.example", "T " + id, paras, false,
                        Instant.EPOCH), bp);
    }

    private static final List<LabelledEvent> TRUTH = List.of(
            ev("a1", "a1", Kinds.ORIGINAL, List.of("Alpha one."), List.of()),
            ev("a2", "a1", Kinds.EXACT_RESEND, List.of("Alpha one."), List.of()),
            ev("a3", "a1", Kinds.COPY_EDIT, List.of("Alpha one!"), List.of()),
            ev("b1", "b1", Kinds.ORIGINAL, List.of("Beta one.", "Beta two."), List.of()),
            ev("b2", "b1", Kinds.SYNDICATED, List.of("By Jane Doe", "Beta one.", "Beta two.", "Footer line."),
                    List.of(3)),
            ev("c1", "c1", Kinds.ORIGINAL, List.of("Gamma."), List.of()),
            ev("c2", "c2", Kinds.HARD_NEGATIVE, List.of("Delta."), List.of()));

    private static Map<String, Decision> perfect() {
        Map<String, Decision> d = new HashMap<>();
        d.put("a1", new Decision("a1", Kinds.UNIQUE, null, List.of("Alpha one.")));
        d.put("a2", new Decision("a2", Kinds.EXACT_DUPLICATE, "a1", List.of("Alpha one.")));
        d.put("a3", new Decision("a3", Kinds.NEAR_DUPLICATE, "a1", List.of("Alpha one!")));
        d.put("b1", new Decision("b1", Kinds.UNIQUE, null, List.of("Beta one.", "Beta two.")));
        d.put("b2", new Decision("b2", Kinds.NEAR_DUPLICATE, "b1", List.of("By Jane Doe", "Beta one.", "Beta two.")));
        d.put("c1", new Decision("c1", Kinds.UNIQUE, null, List.of("Gamma.")));
        d.put("c2", new Decision("c2", Kinds.UNIQUE, null, List.of("Delta.")));
        return d;
    }

    @Test
    void perfectDecisions() {
        EvalReport r = Scorer.score(TRUTH, perfect());
        assertThat(r.exact()).isEqualTo(Prf.of(1, 1, 1, 1));
        assertThat(r.exact().f1()).isEqualTo(1.0);
        assertThat(r.near()).isEqualTo(Prf.of(2, 2, 2, 2));
        assertThat(r.all()).isEqualTo(Prf.of(3, 3, 3, 3));
        assertThat(r.ari()).isEqualTo(1.0);
        assertThat(r.events()).isEqualTo(7);
        assertThat(r.clusters()).isEqualTo(4);
        assertThat(r.hardNegativesMerged()).isZero();
        assertThat(r.boilerplateInjected()).isEqualTo(1);
        assertThat(r.boilerplateRemoved()).isEqualTo(1);
        assertThat(r.contentParagraphs()).isEqualTo(10);
        assertThat(r.contentWronglyRemoved()).isZero();
        assertThat(r.wrongStatus()).isZero();
        assertThat(r.toTable()).contains("adjusted Rand index: 1.0000");
        assertThat(r.toJson()).contains("\"ari\" : 1.0").contains("\"articlesPerSecond\" : null");
        assertThat(r.withArticlesPerSecond(250.0).toJson()).contains("\"articlesPerSecond\" : 250.0");
    }

    @Test
    void oneFalseMerge() {
        Map<String, Decision> d = perfect();
        d.put("c2", new Decision("c2", Kinds.NEAR_DUPLICATE, "c1", List.of("Delta.")));
        EvalReport r = Scorer.score(TRUTH, d);
        assertThat(r.exact().precision()).isEqualTo(1.0);
        assertThat(r.near().precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.near().recall()).isEqualTo(1.0);
        assertThat(r.near().f1()).isCloseTo(0.8, within(1e-12));
        assertThat(r.all().precision()).isCloseTo(0.75, within(1e-12));
        assertThat(r.all().recall()).isEqualTo(1.0);
        assertThat(r.all().f1()).isCloseTo(6.0 / 7, within(1e-12));
        // truth pairs 4, predicted pairs 5, agreeing 4, all pairs 21: (4 - 20/21) / (4.5 - 20/21) = 128/149
        assertThat(r.ari()).isCloseTo(128.0 / 149, within(1e-12));
        assertThat(r.hardNegatives()).isEqualTo(1);
        assertThat(r.hardNegativesMerged()).isEqualTo(1);
        assertThat(r.hardNegativesMergedPct()).isEqualTo(100.0);
        assertThat(r.byKind().get(Kinds.HARD_NEGATIVE).falseMerges()).isEqualTo(1);
    }

    @Test
    void oneMissedDuplicate() {
        Map<String, Decision> d = perfect();
        d.put("a3", new Decision("a3", Kinds.UNIQUE, null, List.of("Alpha one!")));
        EvalReport r = Scorer.score(TRUTH, d);
        assertThat(r.near().precision()).isEqualTo(1.0);
        assertThat(r.near().recall()).isEqualTo(0.5);
        assertThat(r.near().f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.exact().f1()).isEqualTo(1.0);
        assertThat(r.all().recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.all().f1()).isCloseTo(0.8, within(1e-12));
        // truth pairs 4, predicted pairs 2, agreeing 2: (2 - 8/21) / (3 - 8/21) = 34/55
        assertThat(r.ari()).isCloseTo(34.0 / 55, within(1e-12));
    }

    @Test
    void statusParagraphsAndMissingDecisions() {
        Map<String, Decision> d = perfect();
        // right story, wrong status; the footer kept and a content paragraph lost
        d.put("b2", new Decision("b2", Kinds.EXACT_DUPLICATE, "b1", List.of("By Jane Doe", "Beta one.", "Footer line.")));
        d.remove("c2");
        EvalReport r = Scorer.score(TRUTH, d);
        assertThat(r.wrongStatus()).isEqualTo(1);
        assertThat(r.exact()).isEqualTo(Prf.of(2, 2, 1, 1));
        assertThat(r.near().recall()).isEqualTo(1.0);
        assertThat(r.boilerplateRemoved()).isZero();
        assertThat(r.contentWronglyRemoved()).isEqualTo(1);
        assertThat(r.contentParagraphs()).isEqualTo(9);
        assertThat(r.missingDecisions()).isEqualTo(1);
        assertThat(r.paragraphsNotReported()).isEqualTo(1);
        assertThat(r.ari()).isEqualTo(1.0);
    }

    @Test
    void followsChainsToTheCanonicalAndSurvivesCycles() {
        Map<String, Decision> d = new HashMap<>();
        d.put("x", new Decision("x", Kinds.NEAR_DUPLICATE, "y", null));
        d.put("y", new Decision("y", Kinds.NEAR_DUPLICATE, "z", null));
        assertThat(Scorer.root("x", d)).isEqualTo("z");
        d.put("z", new Decision("z", Kinds.NEAR_DUPLICATE, "x", null));
        assertThat(Scorer.root("x", d)).isIn("x", "y", "z");
    }

    @Test
    void decisionFromAnOutputEvent() throws Exception {
        Decision d = Decision.fromOutputEvent(RawEvents.JSON.readTree("""
                {"id":"b2","title":"t","paragraphs":["Beta one."],
                 "dedup":{"status":"near_duplicate","duplicate_of":"b1","similarity":0.91}}"""));
        assertThat(d).isEqualTo(new Decision("b2", Kinds.NEAR_DUPLICATE, "b1", List.of("Beta one.")));
        Decision u = Decision.fromOutputEvent(RawEvents.JSON.readTree("""
                {"id":"a1","dedup":{"status":"unique","duplicate_of":null}}"""));
        assertThat(u).isEqualTo(new Decision("a1", Kinds.UNIQUE, null, null));
        assertThat(u.isDuplicate()).isFalse();
    }
}
