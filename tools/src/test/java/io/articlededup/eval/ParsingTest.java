package io.articlededup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reuters SGML parsing and the natural-duplicate grouping on small in-repo fixtures. */
class ParsingTest {

    static final String SGML = """
            <REUTERS TOPICS="YES" NEWID="7">
            <DATE>26-FEB-1987 15:01:01.79</DATE>
            <TOPICS><D>earn</D><D>acq</D></TOPICS>
            <TEXT>&#2;
            <TITLE>ACME &lt;ACM> SEES HIGHER PROFIT</TITLE>
            <DATELINE>    NEW YORK, Feb 26 - </DATELINE><BODY>Acme Corp said it expects
            higher profit &amp; sales.
                It said demand rose.
             Shr 12 cts vs 10 cts
             Reuter
            &#3;</BODY></TEXT>
            </REUTERS>
            <REUTERS TOPICS="NO" NEWID="8">
            <TEXT TYPE="BRIEF">&#2;
            <TITLE>BRIEF ONLY</TITLE>
            &#3;</TEXT>
            </REUTERS>
            """;

    @Test
    void reutersRecordsBecomeParagraphedDocuments() {
        List<SourceDoc> docs = ReutersSgml.parse(SGML);
        assertThat(docs).hasSize(1);
        SourceDoc d = docs.get(0);
        assertThat(d.docId()).isEqualTo("reuters/earn/7");
        assertThat(d.title()).isEqualTo("ACME <ACM> SEES HIGHER PROFIT");
        assertThat(d.paragraphs()).containsExactly("Acme Corp said it expects higher profit & sales.",
                "It said demand rose.", "Shr 12 cts vs 10 cts");
    }

    @Test
    void naturalGroupsJoinDocumentsAtOrAboveTheThreshold() {
        List<SourceDoc> base = Fixtures.docs(30, 3);
        List<SourceDoc> docs = new ArrayList<>(base);
        SourceDoc d5 = base.get(5);
        docs.add(new SourceDoc("test", "test/x/copy", "t", d5.paragraphs()));
        List<String> edited = new ArrayList<>(d5.paragraphs());
        edited.set(0, "completely new opening words here for this version of the story.");
        docs.add(new SourceDoc("test", "test/x/edit", "t", edited));
        // all of document 10 plus the first paragraph of document 9: joins 10, not 9
        List<String> half = new ArrayList<>(base.get(9).paragraphs().subList(0, 1));
        half.addAll(base.get(10).paragraphs());
        docs.add(new SourceDoc("test", "test/x/mix", "t", half));
        NaturalDuplicates.Result r = NaturalDuplicates.find(docs, 5, 0.5);
        double j = TextKeys.jaccard(
                TextKeys.shingleHashes(TextKeys.words(d5.paragraphs()), 5),
                TextKeys.shingleHashes(TextKeys.words(edited), 5));
        assertThat(j).isGreaterThanOrEqualTo(0.5);
        assertThat(r.groups()).containsExactly(List.of(5, 30, 31), List.of(10, 32));
        NaturalDuplicates.Result merged = NaturalDuplicates.merge(r, docs.size(), List.of(List.of(1, 2)));
        assertThat(merged.groups()).containsExactly(List.of(1, 2), List.of(5, 30, 31), List.of(10, 32));
    }

    @Test
    void groupingAgreesWithBruteForce() {
        List<SourceDoc> docs = new ArrayList<>(Fixtures.docs(60, 11));
        // chains of partial overlaps around the threshold
        for (int i = 0; i < 20; i++) {
            SourceDoc d = docs.get(i);
            List<String> p = new ArrayList<>(d.paragraphs());
            p.subList(0, Math.min(p.size() - 1, 1 + i % 3)).clear();
            docs.add(new SourceDoc("test", "test/y/" + i, "t", p));
        }
        NaturalDuplicates.Result r = NaturalDuplicates.find(docs, 5, 0.5);
        int[] g = r.groupOf(docs.size());
        for (int a = 0; a < docs.size(); a++) {
            for (int b = a + 1; b < docs.size(); b++) {
                double j = TextKeys.jaccard(TextKeys.shingleHashes(TextKeys.words(docs.get(a).paragraphs()), 5),
                        TextKeys.shingleHashes(TextKeys.words(docs.get(b).paragraphs()), 5));
                if (j >= 0.5) {
                    assertThat(g[a]).as(a + "~" + b + " " + j).isNotNegative().isEqualTo(g[b]);
                }
            }
        }
    }
}
