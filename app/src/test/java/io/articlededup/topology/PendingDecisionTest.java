package io.articlededup.topology;

import io.articlededup.topology.DuplicateCheckRecords.BandAnswer;
import io.articlededup.topology.DuplicateCheckRecords.DecisionReply;
import io.articlededup.topology.DuplicateCheckRecords.PendingDecision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules by which a waiting article takes a reply to one of its late notices. Every duplicate link
 * must point at an older article or at one published as canonical, so that links never form a cycle (a
 * cluster without a canonical, whose story would never reach the clean topic).
 */
class PendingDecisionTest {
    private static final long T = 1_000_000;
    /** "me" at time T, waiting for one reply. */
    private final PendingDecision waiting = PendingDecision.waiting("me", T, 1, 0, 0)
            .with(new BandAnswer("k", "me", null, 0, 0, null, false, null, null, 1, null));

    private static DecisionReply reply(String from, String canonical, long canonicalTime, boolean sameContent) {
        return new DecisionReply("k", "me", from, canonical, canonicalTime, 0.8, sameContent, null);
    }

    @Test
    void aNewerArticleThatYieldedLeavesThisOneCanonical() {
        PendingDecision p = waiting.with(reply("newer", null, 0, false));
        assertThat(p.complete()).isTrue();
        assertThat(p.duplicateOf()).isNull();
        assertThat(p.exactOf()).isNull();
    }

    @Test
    void aNewerArticlePublishedAsCanonicalIsJoined() {
        PendingDecision p = waiting.with(reply("newer", "newer", T + 5, false));
        assertThat(p.duplicateOf().id()).isEqualTo("newer");
    }

    @Test
    void aNewerArticlesOlderCanonicalIsJoined() {
        PendingDecision p = waiting.with(reply("newer", "oldest", T - 5, false));
        assertThat(p.duplicateOf().id()).isEqualTo("oldest");
    }

    @Test
    void aNewerArticlesCanonicalThatIsNewerThanThisOneIsNotJoined() {
        // "middle" may be this article's own duplicate: joining it could close a cycle
        PendingDecision p = waiting.with(reply("newer", "middle", T + 2, false));
        assertThat(p.complete()).isTrue();
        assertThat(p.duplicateOf()).isNull();
    }

    @Test
    void aNewerExactCopyPublishedAsCanonicalMakesThisOneItsExactDuplicate() {
        PendingDecision p = waiting.with(reply("copy", "copy", T + 5, true));
        assertThat(p.exactOf().id()).isEqualTo("copy");
        assertThat(p.due(0)).as("no grace for an exact verdict").isTrue();
    }

    @Test
    void aNewerExactCopyThatIsANearDuplicateOfAnOlderArticleMakesThisOneThatArticlesDuplicate() {
        PendingDecision p = waiting.with(reply("copy", "oldest", T - 5, true));
        assertThat(p.exactOf()).isNull();
        assertThat(p.duplicateOf().id()).isEqualTo("oldest");
    }
}
