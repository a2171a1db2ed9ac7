package io.articlededup.topology;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How an id's decision and its duplicates' links combine, in whatever order they arrive. */
class ArticleDecisionTest {
    private static final ArticleDecision UNIQUE = new ArticleDecision("unique", null, null, null, "a.example", 10, 11,
            List.of(), 0);

    private static ArticleDecision link(String id) {
        return new ArticleDecision(null, null, null, null, null, 0, 0,
                List.of(new ArticleDecision.DuplicateRef(id, "b.example", "near_duplicate", 0.7)), 1);
    }

    @Test
    void aLinkBeforeOrAfterTheDecisionGivesTheSameAnswer() {
        ArticleDecision decisionFirst = UNIQUE.merge(link("d1"), "a");
        ArticleDecision linkFirst = link("d1").merge(UNIQUE, "a");
        assertThat(linkFirst).usingRecursiveComparison().isEqualTo(decisionFirst);
        assertThat(linkFirst.status()).isEqualTo("unique");
        assertThat(linkFirst.duplicates()).extracting(ArticleDecision.DuplicateRef::id).containsExactly("d1");
    }

    @Test
    void aLaterDecisionReplacesTheEarlierUnlessItIsAReSendOfItself() {
        ArticleDecision redecided = new ArticleDecision("near_duplicate", "z", 0.6, "z.example", "a.example", 20, 21,
                List.of(), 0);
        ArticleDecision resent = new ArticleDecision("exact_duplicate", "a", 1.0, "a.example", "a.example", 30, 31,
                List.of(), 0);
        assertThat(UNIQUE.merge(redecided, "a").status()).isEqualTo("near_duplicate");
        assertThat(UNIQUE.merge(resent, "a")).isEqualTo(UNIQUE);
        assertThat(link("d1").merge(resent, "a").status()).as("with nothing earlier, it is what is known")
                .isEqualTo("exact_duplicate");
    }

    @Test
    void anIdWithOnlyLinksHasNoDecision() {
        assertThat(link("d1").merge(link("d2"), "a").hasDecision()).isFalse();
        assertThat(link("d1").merge(link("d2"), "a").duplicatesTotal()).isEqualTo(2);
    }
}
