package io.articlededup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loaders on the real research data in ../shared/data; each test skips, saying so, when its folder is absent. */
class CorporaTest {

    @Test
    void bbc() {
        Path data = TestData.require("bbc");
        List<SourceDoc> docs = Corpora.bbc(data);
        assertThat(docs).hasSize(2225);
        SourceDoc first = docs.get(0);
        assertThat(first.docId()).isEqualTo("bbc/business/001");
        assertThat(first.title()).isEqualTo("Ad sales boost Time Warner profit");
        assertThat(first.paragraphs().get(0)).startsWith("Quarterly profits at US media giant TimeWarner jumped 76%");
        assertThat(first.group()).isEqualTo("bbc/business");
        assertThat(docs).isSortedAccordingTo(Comparator.comparing(SourceDoc::docId));
        assertThat(docs).allSatisfy(d -> assertThat(d.paragraphs()).isNotEmpty().noneMatch(String::isBlank));
        List<List<String>> groups = Corpora.bbcExactDupGroups(data);
        assertThat(groups).hasSize(100);
        assertThat(groups.get(0)).containsExactly("bbc/business/007", "bbc/business/253");
    }

    @Test
    void reuters() {
        Path data = TestData.require("reuters21578");
        List<SourceDoc> docs = Corpora.reuters(data, 14);
        assertThat(docs).hasSize(12530);
        SourceDoc first = docs.get(0);
        assertThat(first.docId()).isEqualTo("reuters/cocoa/1");
        assertThat(first.title()).isEqualTo("BAHIA COCOA REVIEW");
        assertThat(first.paragraphs().get(0)).startsWith("Showers continued throughout the week in the Bahia cocoa zone,")
                .endsWith("Comissaria Smith said in its weekly review.");
        assertThat(first.paragraphs().get(1)).isEqualTo("The dry period means the temporao will be late this year.");
        assertThat(first.paragraphs().get(first.paragraphs().size() - 1)).doesNotContain("Reuter");
        assertThat(docs).allSatisfy(d -> assertThat(String.join(" ", d.paragraphs()))
                .doesNotContain("\u0003", "&lt;", "&#"));
        assertThat(docs).anyMatch(d -> d.title().contains("<"));
        assertThat(Corpora.reuters(data, 1)).hasSizeLessThanOrEqualTo(1000).isNotEmpty();
    }

    @Test
    void scrapinghub() {
        Path data = TestData.require("scrapinghub-aeb");
        List<SourceDoc> docs = Corpora.scrapinghub(data);
        assertThat(docs).hasSize(181);
        assertThat(docs).isSortedAccordingTo(Comparator.comparing(SourceDoc::docId));
        assertThat(docs).allSatisfy(d -> assertThat(d.title()).isNotBlank());
        // blank-line blocks; the data README's "4,363 paragraphs" counts non-empty lines (some blocks hold
        // several single-newline lines, e.g. lists and photo credits)
        assertThat(docs.stream().mapToInt(d -> d.paragraphs().size()).sum()).isEqualTo(3888);
        assertThat(Corpora.scrapinghubUrls(data)).containsKey(docs.get(0).docId());
    }

    @Test
    void missingFoldersGiveEmptyLists() {
        Path nowhere = Path.of("target/no-such-data-dir");
        assertThat(Corpora.bbc(nowhere)).isEmpty();
        assertThat(Corpora.reuters(nowhere, 14)).isEmpty();
        assertThat(Corpora.scrapinghub(nowhere)).isEmpty();
        assertThat(Corpora.bbcExactDupGroups(nowhere)).isEmpty();
    }
}
