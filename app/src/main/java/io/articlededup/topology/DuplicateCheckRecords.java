package io.articlededup.topology;

import io.articlededup.model.Article;

/**
 * The small records the duplicate stage exchanges through its internal topics and stores.
 *
 * <p>Two keys travel with them: the <em>route</em>, the record key that brings an answer or a reply back to
 * the partition where the article waits (its source: the key of {@code articles-by-source}, so the same
 * default partitioner places both), and the <em>pending key</em>, the article's key in the pending stores
 * there (content hash and id, see {@link #pendingKey}).
 */
final class DuplicateCheckRecords {
    private DuplicateCheckRecords() {
    }

    /**
     * The article's key in the pending stores: the content hash and the id, because two articles with one
     * content can be pending at once (a re-send whose exact-index entry had expired).
     */
    static String pendingKey(String contentHash, String articleId) {
        return contentHash + '\u0000' + articleId;
    }

    /** Whether two pending keys name articles with the same content (or the same article). */
    static boolean sameContent(String pendingKeyA, String pendingKeyB) {
        int end = pendingKeyA.indexOf('\u0000');
        return end > 0 && pendingKeyB.length() > end && pendingKeyB.charAt(end) == '\u0000'
                && pendingKeyA.regionMatches(0, pendingKeyB, 0, end);
    }

    /**
     * The bands of one article that live in one partition of the index, sent there as one record (see
     * {@link BandRouting}): a record per band made the band index and the pending decision handle 20
     * records per article each way. The record for the partition that owns the article's content hash also
     * carries the hash: the exact check is one more lookup in the same stage, not a hop of its own.
     *
     * @param route       record key of the answer: the article's source
     * @param pendingKey  the article's key in the pending stores
     * @param bands       band numbers, parallel to {@code bandHashes} (none for an article too short to
     *                    compare, or with the near stage off: then only the exact check runs)
     * @param sketch      compact verification sketch of the article (null without bands)
     * @param contentHash set on the one record that asks the exact check, else null
     */
    record BandProbes(String route, String pendingKey, String articleId, long eventTime, int[] bands,
                      long[] bandHashes, byte[] sketch, String contentHash) {
    }

    /**
     * An article as the band index knows it (stored once per index task, {@link BandIndex}): enough to
     * verify a candidate and to send it a late notice.
     */
    record BandEntry(String route, String pendingKey, String articleId, long eventTime, byte[] sketch) {
    }

    /**
     * The earliest article seen with a content: the owner every later exact copy is a duplicate of.
     * {@code route}: where a late notice to it goes, if an older copy turns up; it is the owner's source.
     */
    record ContentOwner(String id, long eventTime, String route) {
    }

    /**
     * The index's answer to one {@link BandProbes} record of an article ({@code articleId}, pending under
     * {@code pendingKey}): the earliest older article sharing one of its bands whose sketch verified, or
     * none ({@code candidateId == null}); the owner of its content if the record asked the exact check and
     * an earlier article had that content ({@code exactOf}); {@code notices} says how many newer similar
     * articles, registered there before this one, were sent a late notice on its behalf (each will reply);
     * {@code candidateSource} is the candidate's source (null in records written before it was carried).
     * A late notice ({@code late}) goes to such a newer article: an older similar article
     * ({@code candidateId}) has just reached a band it shares; its reply goes to {@code replyRoute} /
     * {@code replyKey}.
     */
    record BandAnswer(String pendingKey, String articleId, String candidateId, long candidateTime,
                      double similarity, ContentOwner exactOf, boolean late, String replyRoute, String replyKey,
                      int notices, String candidateSource) {
        static BandAnswer of(BandProbes probes, Candidate older, ContentOwner exactOf, int notices) {
            return older == null
                    ? new BandAnswer(probes.pendingKey(), probes.articleId(), null, 0, 0, exactOf, false, null, null,
                    notices, null)
                    : new BandAnswer(probes.pendingKey(), probes.articleId(), older.id(), older.eventTime(),
                    older.similarity(), exactOf, false, null, null, notices, older.source());
        }

        static BandAnswer lateNotice(BandEntry newer, BandProbes older, double similarity) {
            return new BandAnswer(newer.pendingKey(), newer.articleId(), older.articleId(), older.eventTime(),
                    similarity, null, true, older.route(), older.pendingKey(), 0, older.route());
        }

        /** To the newer owner of a content that an older copy ({@code older}) just reached. */
        static BandAnswer exactLateNotice(ContentOwner newer, BandProbes older) {
            return new BandAnswer(DuplicateCheckRecords.pendingKey(older.contentHash(), newer.id()), newer.id(), older.articleId(),
                    older.eventTime(), 1.0, new ContentOwner(older.articleId(), older.eventTime(), older.route()),
                    true, older.route(), older.pendingKey(), 0, older.route());
        }

        boolean hasCandidate() {
            return candidateId != null;
        }
    }

    /**
     * A newer article's reply to a late notice, sent to the older article ({@code articleId}) that caused
     * it. {@code canonicalId == null}: the newer one was still pending and became the older one's
     * duplicate. Otherwise it had already been published, as canonical itself ({@code canonicalId ==
     * fromId}) or as a duplicate of {@code canonicalId}: the older one then joins that canonical if it is
     * the newer one itself or older than the older one (see {@link PendingDecision#with(DecisionReply)}).
     * {@code canonicalSource}: that canonical's source, when known.
     */
    record DecisionReply(String pendingKey, String articleId, String fromId, String canonicalId, long canonicalTime,
                         double similarity, boolean sameContent, String canonicalSource) {
        /** The reply to {@code notice}: {@code decided} is what the newer article became, null if it yielded. */
        static DecisionReply to(BandAnswer notice, DecidedArticle decided) {
            return new DecisionReply(notice.replyKey(), notice.candidateId(), notice.articleId(),
                    decided == null ? null : decided.canonicalId(), decided == null ? 0 : decided.canonicalTime(),
                    notice.similarity(), notice.exactOf() != null, decided == null ? null : decided.canonicalSource());
        }
    }

    /**
     * What a newer article's decision was, remembered for a while to answer late notices; {@code canonicalSource}
     * is null in records written before it was carried.
     */
    record DecidedArticle(String canonicalId, long canonicalTime, String canonicalSource) {
        static DecidedArticle of(Candidate canonical) {
            return new DecidedArticle(canonical.id(), canonical.eventTime(), canonical.source());
        }
    }

    /** Out of the pending decision: a decided article, or a reply to route to another pending article. */
    record PendingOutput(Article decided, DecisionReply reply) {
    }

    /**
     * Either an article entering the pending store, one answer for it or one reply to it (merged stream).
     * {@code comparable}: the article sent bands, so a near-duplicate answer may still be on its way and
     * the decision waits the grace; without bands only the exact answer matters.
     */
    record PendingEvent(Article article, int expectedAnswers, boolean comparable, BandAnswer answer,
                        DecisionReply reply) {
        static PendingEvent article(Article a, int expectedAnswers, boolean comparable) {
            return new PendingEvent(a, expectedAnswers, comparable, null, null);
        }

        static PendingEvent answer(BandAnswer answer) {
            return new PendingEvent(null, 0, false, answer, null);
        }

        static PendingEvent reply(DecisionReply reply) {
            return new PendingEvent(null, 0, false, null, reply);
        }
    }

    /**
     * The progress of an article waiting for its band answers and for the replies to the late notices sent
     * for it. The article itself waits in a store of its own, written once: this small record is what
     * each answer rewrites.
     *
     * @param expected    answers expected: one per {@link BandProbes} record sent
     * @param exactOf     the earlier article with the same content, once the exact check answered so
     * @param decideAfter wall-clock ms before which the decision waits, so that a late answer from an older
     *                    near-duplicate still on its way to the band index can be taken into account
     */
    record PendingDecision(String articleId, long eventTime, int expected, int received, int expectedReplies,
                           int receivedReplies, Candidate older, Candidate adopted, ContentOwner exactOf,
                           long decideAfter, long createdAt) {
        static PendingDecision waiting(String articleId, long eventTime, int expected, long now, long graceMs) {
            return new PendingDecision(articleId, eventTime, expected, 0, 0, 0, null, null, null, now + graceMs, now);
        }

        PendingDecision with(BandAnswer answer) {
            Candidate c = answer.hasCandidate()
                    ? new Candidate(answer.candidateId(), answer.candidateTime(), answer.similarity(),
                    answer.candidateSource()) : null;
            return new PendingDecision(articleId, eventTime, expected, answer.late() ? received : received + 1,
                    expectedReplies + answer.notices(), receivedReplies, Candidate.earlier(older, c), adopted,
                    exactOf != null ? exactOf : answer.exactOf(), decideAfter, createdAt);
        }

        /**
         * Joins the cluster the reply names only through an article that can never point back here: the
         * replying article itself when it was published as canonical (it links to nothing), or an article
         * older than this one (links only go to older articles or to published canonicals). Joining a newer
         * article's candidate could close a cycle: the candidate may be this article's own duplicate. Not
         * joining leaves, at worst, two canonicals for one story, which is the lesser harm: a cycle has none
         * and the story would never reach the clean topic.
         */
        PendingDecision with(DecisionReply reply) {
            // a newer copy that already joined this article's cluster names this article as its canonical
            boolean joinedUs = reply.canonicalId() == null || reply.canonicalId().equals(articleId);
            boolean publishedCanonical = reply.canonicalId() != null && reply.canonicalId().equals(reply.fromId());
            boolean safe = publishedCanonical || reply.canonicalId() != null
                    && Article.compareAge(reply.canonicalTime(), reply.canonicalId(), eventTime, articleId) < 0;
            ContentOwner exact = exactOf;
            Candidate c = null;
            if (!joinedUs && reply.sameContent() && publishedCanonical) {
                // an exact copy published as canonical before this older one reached the content's owner
                exact = new ContentOwner(reply.canonicalId(), reply.canonicalTime(), reply.canonicalSource());
            } else if (!joinedUs && safe) {
                c = new Candidate(reply.canonicalId(), reply.canonicalTime(), reply.similarity(), reply.canonicalSource());
            }
            return new PendingDecision(articleId, eventTime, expected, received, expectedReplies, receivedReplies + 1, older,
                    Candidate.earlier(adopted, c), exact, decideAfter, createdAt);
        }

        boolean complete() {
            return received >= expected && receivedReplies >= expectedReplies;
        }

        /** Complete, and past the grace unless an exact copy settled it: no near answer can change that. */
        boolean due(long now) {
            return complete() && now >= graceEnds();
        }

        /** The wall-clock ms from which a complete decision may be taken. */
        long graceEnds() {
            return exactOf != null ? createdAt : decideAfter;
        }

        /** An older candidate wins; else a canonical adopted from a reply; else unique. */
        Candidate duplicateOf() {
            return older != null ? older : adopted;
        }
    }

    /** A verified similar article, with its source (null when not known). */
    record Candidate(String id, long eventTime, double similarity, String source) {
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
