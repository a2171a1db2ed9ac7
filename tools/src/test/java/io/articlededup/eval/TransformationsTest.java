package io.articlededup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every transformation produces what docs/evaluation-data.md says, checked on the events of a built stream. */
class TransformationsTest {

    private static List<LabelledEvent> ofKind(String kind) {
        List<LabelledEvent> out = TestStream.EVENTS.stream().filter(e -> e.kind().equals(kind)).toList();
        assertThat(out).as(kind).isNotEmpty();
        return out;
    }

    private static LabelledEvent first(LabelledEvent e) {
        return TestStream.BY_ID.get(e.clusterId());
    }

    @Test
    void exactResendHasTheSameContentAndANewId() {
        for (LabelledEvent e : ofKind(Kinds.EXACT_RESEND)) {
            LabelledEvent o = first(e);
            assertThat(e.id()).isNotEqualTo(o.id());
            assertThat(e.rawParagraphs()).isEqualTo(o.rawParagraphs());
            assertThat(e.raw().get("title")).isEqualTo(o.raw().get("title"));
            assertThat(e.raw().get("source")).isEqualTo(o.raw().get("source"));
            assertThat(e.raw().get("url").asText()).startsWith(o.raw().get("url").asText());
        }
    }

    @Test
    void rescrapeRepeatsTheBodyAndAddsUiLinesAndTheHeadline() {
        for (LabelledEvent e : ofKind(Kinds.RESCRAPE)) {
            LabelledEvent o = first(e);
            assertThat(e.raw().has("body")).isTrue();
            List<String> raw = e.rawParagraphs();
            int copies = Collections.frequency(raw, o.contentParagraphs().get(0));
            assertThat(copies).isBetween(2, 3);
            for (String p : o.contentParagraphs()) {
                assertThat(Collections.frequency(raw, p)).as(p).isEqualTo(copies);
            }
            assertThat(e.contentParagraphs()).isEqualTo(o.contentParagraphs());
            assertThat(e.boilerplateParagraphs()).containsExactlyInAnyOrderElementsOf(o.boilerplateParagraphs());
            String title = o.raw().get("title").asText();
            assertThat(raw.subList(raw.size() - 2, raw.size())).contains(title);
            assertThat(raw).anyMatch(p -> Arrays.asList(FakeSites.UI_LINES).contains(p));
        }
    }

    @Test
    void syndicatedMovesToAnotherSiteWithANewIntroAndMaybeATrimmedTail() {
        for (LabelledEvent e : ofKind(Kinds.SYNDICATED)) {
            LabelledEvent o = first(e);
            assertThat(e.raw().get("source").asText()).endsWith(".example").isNotEqualTo(o.raw().get("source").asText());
            List<String> oc = o.contentParagraphs();
            List<String> c = e.contentParagraphs();
            boolean byline = Arrays.asList(FakeSites.BYLINES).contains(c.get(0));
            List<String> body = byline ? c.subList(1, c.size()) : c;
            if (!byline) {
                String intro = body.get(0);
                boolean dateline = Arrays.stream(FakeSites.DATELINES).anyMatch(d -> intro.equals(d + oc.get(0)));
                boolean rewritten = intro.contains("The story was first reported by");
                assertThat(dateline || rewritten).as(intro).isTrue();
            } else {
                assertThat(body.get(0)).isEqualTo(oc.get(0));
            }
            int dropped = oc.size() - body.size();
            assertThat(dropped).isBetween(0, 2);
            assertThat(body.subList(1, body.size())).isEqualTo(oc.subList(1, body.size()));
        }
    }

    @Test
    void copyEditChangesOneToFivePercentOfTheWords() {
        for (LabelledEvent e : ofKind(Kinds.COPY_EDIT)) {
            List<String> a = words(first(e).contentParagraphs());
            List<String> b = words(e.contentParagraphs());
            int dist = editDistance(a, b);
            assertThat(dist).isBetween(1, (int) Math.ceil(0.05 * a.size()) + 1);
            assertThat(e.contentParagraphs()).hasSameSizeAs(first(e).contentParagraphs());
        }
    }

    @Test
    void paragraphAddedAndDropped() {
        for (LabelledEvent e : ofKind(Kinds.PARAGRAPH_ADDED)) {
            List<String> o = first(e).contentParagraphs();
            List<String> c = new ArrayList<>(e.contentParagraphs());
            assertThat(c).hasSize(o.size() + 1);
            assertThat(c.get(0)).isEqualTo(o.get(0));
            c.removeAll(o);
            assertThat(c).hasSize(1);
        }
        for (LabelledEvent e : ofKind(Kinds.PARAGRAPH_DROPPED)) {
            List<String> o = first(e).contentParagraphs();
            List<String> c = e.contentParagraphs();
            assertThat(o.size()).isGreaterThanOrEqualTo(3);
            assertThat(c).hasSize(o.size() - 1);
            assertThat(o).containsAll(c);
            assertThat(e.boilerplateParagraphs()).isEqualTo(first(e).boilerplateParagraphs());
        }
    }

    @Test
    void copyEditRateStaysInRangeOnALongText() {
        SplittableRandom rnd = new SplittableRandom(1);
        List<String> paras = List.of(Fixtures.paragraph(rnd, 500), Fixtures.paragraph(rnd, 500));
        for (int i = 0; i < 50; i++) {
            int d = editDistance(words(paras), words(TextEdits.copyEdit(paras, Transformations.EDIT_MIN, Transformations.EDIT_MAX, rnd)));
            assertThat(d).isBetween(1, 50);
        }
    }

    private static List<String> words(List<String> paras) {
        List<String> w = new ArrayList<>();
        paras.forEach(p -> w.addAll(Arrays.asList(p.split(" "))));
        return w;
    }

    private static int editDistance(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int sub = prev[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
