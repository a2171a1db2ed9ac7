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
     * A band's answer to an article: the earliest older article with this band value whose sketch
     * verified, or none ({@code candidateId == null}). {@code late} marks an answer sent to an article
     * that was already registered when an older similar article reached the band after it.
     */
    record BandAnswer(int band, String candidateId, long candidateTime, double similarity, boolean late) {
        static BandAnswer none(int band) {
            return new BandAnswer(band, null, 0, 0, false);
        }

        boolean hasCandidate() {
            return candidateId != null;
        }
    }

    /** Either an article entering the pending store or one band answer for it (merged stream). */
    record PendingEvent(Article article, int expectedAnswers, BandAnswer answer) {
        static PendingEvent article(Article a, int bands) {
            return new PendingEvent(a, bands, null);
        }

        static PendingEvent answer(BandAnswer answer) {
            return new PendingEvent(null, 0, answer);
        }
    }

    /**
     * An article waiting for its band answers.
     *
     * @param decideAfter wall-clock ms before which the decision waits, so that a late answer from an older
     *                    near-duplicate still arriving at the band index can be taken into account
     */
    record PendingArticle(Article article, int expected, int received, String bestId, long bestTime,
                          double bestSimilarity, long decideAfter, long createdAt) {
        static PendingArticle waiting(Article a, int expected, long now, long graceMs) {
            return new PendingArticle(a, expected, 0, null, 0, 0, now + graceMs, now);
        }

        PendingArticle with(BandAnswer answer) {
            int got = answer.late() ? received : received + 1;
            boolean better = answer.hasCandidate() && (bestId == null
                    || Article.compareAge(answer.candidateTime(), answer.candidateId(), bestTime, bestId) < 0);
            return better
                    ? new PendingArticle(article, expected, got, answer.candidateId(), answer.candidateTime(),
                            answer.similarity(), decideAfter, createdAt)
                    : new PendingArticle(article, expected, got, bestId, bestTime, bestSimilarity, decideAfter, createdAt);
        }

        boolean complete() {
            return received >= expected;
        }
    }
}
