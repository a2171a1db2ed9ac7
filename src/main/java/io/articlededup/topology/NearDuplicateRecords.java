package io.articlededup.topology;

import io.articlededup.model.Article;

/** The small records the near-duplicate stage exchanges through its internal topics and stores. */
final class NearDuplicateRecords {
    private NearDuplicateRecords() {
    }

    /**
     * The bands of one article that live in one partition of the band index, sent there as one record
     * (see {@link BandRouting}): a record per band made the band index and the pending decision handle
     * 20 records per article each way.
     *
     * @param pendingKey where the answer goes: the article's key in the pending store (its content hash)
     * @param bands      band numbers, parallel to {@code bandHashes}
     * @param sketch     compact verification sketch of the article
     */
    record BandProbes(String pendingKey, String articleId, long eventTime, int[] bands, long[] bandHashes,
                      byte[] sketch) {
    }

    /** What the band index keeps for a band value: the earliest article that had it. */
    record BandEntry(String pendingKey, String articleId, long eventTime, byte[] sketch) {
    }

    /**
     * The band index's answer to one {@link BandProbes} record of an article ({@code articleId}), covering
     * {@code bands} bands: the earliest older article sharing one of them whose sketch verified, or none
     * ({@code candidateId == null}); {@code notices} says how many newer similar articles, registered there
     * before this one, were sent a late notice on its behalf (each will reply). A late notice
     * ({@code late}) goes to such a newer article: an older similar article ({@code candidateId}) has just
     * reached a band it shares; {@code replyTo} is where its reply goes.
     */
    record BandAnswer(String articleId, int bands, String candidateId, long candidateTime, double similarity,
                      boolean late, String replyTo, int notices) {
        static BandAnswer of(String articleId, int bands, Candidate older, int notices) {
            return older == null
                    ? new BandAnswer(articleId, bands, null, 0, 0, false, null, notices)
                    : new BandAnswer(articleId, bands, older.id(), older.eventTime(), older.similarity(), false, null,
                    notices);
        }

        static BandAnswer lateNotice(BandEntry newer, BandProbes older, double similarity) {
            return new BandAnswer(newer.articleId(), 1, older.articleId(), older.eventTime(), similarity, true,
                    older.pendingKey(), 0);
        }

        boolean hasCandidate() {
            return candidateId != null;
        }
    }

    /**
     * A newer article's reply to a late notice, sent to the older article ({@code articleId}) that caused
     * it. {@code canonicalId == null}: the newer one was still pending and became the older one's
     * duplicate. Otherwise it had already been published, as canonical itself or as a duplicate of
     * {@code canonicalId}: the older one then joins that canonical, so that a cluster never has two.
     */
    record DecisionReply(String articleId, String fromId, String canonicalId, long canonicalTime, double similarity) {
    }

    /** What a newer article's decision was, remembered for a while to answer late notices. */
    record DecidedArticle(String canonicalId, long canonicalTime) {
    }

    /** Out of the pending decision: a decided article, or a reply to route to another pending article. */
    record PendingOutput(Article decided, DecisionReply reply) {
    }

    /** Either an article entering the pending store or one band answer for it (merged stream). */
    record PendingEvent(Article article, int expectedAnswers, BandAnswer answer, DecisionReply reply) {
        static PendingEvent article(Article a, int expectedAnswers) {
            return new PendingEvent(a, expectedAnswers, null, null);
        }

        static PendingEvent answer(BandAnswer answer) {
            return new PendingEvent(null, 0, answer, null);
        }

        static PendingEvent reply(DecisionReply reply) {
            return new PendingEvent(null, 0, null, reply);
        }
    }

    /**
     * The progress of an article waiting for its band answers and for the replies to the late notices sent
     * for it. The article itself waits in a store of its own, written once: this small record is what
     * each answer rewrites.
     *
     * @param expected    answers expected: one per {@link BandProbes} record sent
     * @param decideAfter wall-clock ms before which the decision waits, so that a late answer from an older
     *                    near-duplicate still on its way to the band index can be taken into account
     */
    record PendingDecision(String articleId, int expected, int received, int expectedReplies, int receivedReplies,
                           Candidate older, Candidate adopted, long decideAfter, long createdAt) {
        static PendingDecision waiting(String articleId, int expected, long now, long graceMs) {
            return new PendingDecision(articleId, expected, 0, 0, 0, null, null, now + graceMs, now);
        }

        PendingDecision with(BandAnswer answer) {
            Candidate c = answer.hasCandidate()
                    ? new Candidate(answer.candidateId(), answer.candidateTime(), answer.similarity()) : null;
            return new PendingDecision(articleId, expected, answer.late() ? received : received + 1,
                    expectedReplies + answer.notices(), receivedReplies, Candidate.earlier(older, c), adopted,
                    decideAfter, createdAt);
        }

        PendingDecision with(DecisionReply reply) {
            // a newer copy that already joined this article's cluster names this article as its canonical
            boolean joinedUs = reply.canonicalId() == null || reply.canonicalId().equals(articleId);
            Candidate c = joinedUs ? null : new Candidate(reply.canonicalId(), reply.canonicalTime(), reply.similarity());
            return new PendingDecision(articleId, expected, received, expectedReplies, receivedReplies + 1, older,
                    Candidate.earlier(adopted, c), decideAfter, createdAt);
        }

        boolean complete() {
            return received >= expected && receivedReplies >= expectedReplies;
        }

        /** An older candidate wins; else a canonical adopted from a reply; else unique. */
        Candidate duplicateOf() {
            return older != null ? older : adopted;
        }
    }

    /** A verified similar article. */
    record Candidate(String id, long eventTime, double similarity) {
        static Candidate earlier(Candidate a, Candidate b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            return Article.compareAge(b.eventTime(), b.id(), a.eventTime(), a.id()) < 0 ? b : a;
        }
    }
}
