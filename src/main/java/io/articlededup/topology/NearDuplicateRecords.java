package io.articlededup.topology;

import io.articlededup.model.Article;

/** The small records the near-duplicate stage exchanges through its internal topics and stores. */
final class NearDuplicateRecords {
    private NearDuplicateRecords() {
    }

    /**
     * One band of one article, sent to the band's task.
     *
     * @param pendingKey where the answer goes: the article's key in the pending store (its content hash)
     * @param sketch     compact verification sketch of the article
     */
    record BandProbe(String pendingKey, String articleId, long eventTime, int band, byte[] sketch) {
    }

    /** What the band index keeps for a band value: the earliest article that had it. */
    record BandEntry(String pendingKey, String articleId, long eventTime, byte[] sketch) {
    }

    /**
     * A band's answer to an article ({@code articleId}): the earliest older article with this band value
     * whose sketch verified, or none ({@code candidateId == null}); {@code notices} says how many newer
     * similar articles, registered here before this one, were sent a late notice on its behalf (each will
     * reply). A late notice ({@code late}) goes to such a newer article: an older similar article
     * ({@code candidateId}) has just reached the band; {@code replyTo} is where its reply goes.
     */
    record BandAnswer(String articleId, int band, String candidateId, long candidateTime, double similarity,
                      boolean late, String replyTo, int notices) {
        static BandAnswer none(String articleId, int band, int notices) {
            return new BandAnswer(articleId, band, null, 0, 0, false, null, notices);
        }

        static BandAnswer older(String articleId, int band, BandEntry older, double similarity, int notices) {
            return new BandAnswer(articleId, band, older.articleId(), older.eventTime(), similarity, false, null, notices);
        }

        static BandAnswer lateNotice(BandEntry newer, int band, BandProbe older, double similarity) {
            return new BandAnswer(newer.articleId(), band, older.articleId(), older.eventTime(), similarity, true,
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
        static PendingEvent article(Article a, int bands) {
            return new PendingEvent(a, bands, null, null);
        }

        static PendingEvent answer(BandAnswer answer) {
            return new PendingEvent(null, 0, answer, null);
        }

        static PendingEvent reply(DecisionReply reply) {
            return new PendingEvent(null, 0, null, reply);
        }
    }

    /**
     * An article waiting for its band answers and for the replies to the late notices sent for it.
     *
     * @param decideAfter wall-clock ms before which the decision waits, so that a late answer from an older
     *                    near-duplicate still on its way to the band index can be taken into account
     */
    record PendingArticle(Article article, int expected, int received, int expectedReplies, int receivedReplies,
                          Candidate older, Candidate adopted, long decideAfter, long createdAt) {
        static PendingArticle waiting(Article a, int expected, long now, long graceMs) {
            return new PendingArticle(a, expected, 0, 0, 0, null, null, now + graceMs, now);
        }

        PendingArticle with(BandAnswer answer) {
            Candidate c = answer.hasCandidate()
                    ? new Candidate(answer.candidateId(), answer.candidateTime(), answer.similarity()) : null;
            return new PendingArticle(article, expected, answer.late() ? received : received + 1,
                    expectedReplies + answer.notices(), receivedReplies, Candidate.earlier(older, c), adopted,
                    decideAfter, createdAt);
        }

        PendingArticle with(DecisionReply reply) {
            // a newer copy that already joined this article's cluster names this article as its canonical
            boolean joinedUs = reply.canonicalId() == null || reply.canonicalId().equals(article.id());
            Candidate c = joinedUs ? null : new Candidate(reply.canonicalId(), reply.canonicalTime(), reply.similarity());
            return new PendingArticle(article, expected, received, expectedReplies, receivedReplies + 1, older,
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
