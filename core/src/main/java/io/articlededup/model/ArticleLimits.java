package io.articlededup.model;

import java.util.List;

/**
 * Bounds on what one raw event may carry, so that one hostile or broken event cannot exhaust memory,
 * and on what the application writes for it. An event over a limit goes to the dead-letter topic with
 * the limit named in the reason.
 *
 * @param maxArticleBytes    the largest raw record (value, key and headers) that may become an article
 * @param maxDeadLetterBytes the largest dead letter: a rejected record that is larger keeps only the
 *                           start of its value (see README, "Dead letters"); at least {@code maxArticleBytes},
 *                           so that only {@code too_large} dead letters are ever cut
 */
public record ArticleLimits(int maxArticleBytes, int maxParagraphs, int maxParagraphChars, int maxJsonDepth,
                            int maxDeadLetterBytes) {
    /**
     * What an accepted article may grow by on its way out, over its raw size: the interpreted fields
     * written once more (id, source, the dedup block, band answers in the pending store) ...
     */
    public static final int ARTICLE_RECORD_FIXED_SLACK = 64 * 1024;
    /**
     * ... and per paragraph: a body line's 2-byte {@code \n} becomes 3 bytes ({@code ","}) in the output
     * array, and the internal (Smile) form carries each paragraph's 64-bit hash (up to 10 bytes).
     */
    public static final int ARTICLE_RECORD_SLACK_PER_PARAGRAPH = 16;
    /** Kafka's record batch header and per-record length fields, with room to spare. */
    public static final int BATCH_OVERHEAD = 1024;

    public static ArticleLimits defaults() {
        return new ArticleLimits(2 * 1024 * 1024, 5_000, 50_000, 64, 4 * 1024 * 1024);
    }

    /** Limits whose dead letters may be twice the largest article. */
    public ArticleLimits(int maxArticleBytes, int maxParagraphs, int maxParagraphChars, int maxJsonDepth) {
        this(maxArticleBytes, maxParagraphs, maxParagraphChars, maxJsonDepth, (int) Math.min(Integer.MAX_VALUE, 2L * maxArticleBytes));
    }

    public ArticleLimits {
        require(maxArticleBytes, "max article bytes");
        require(maxParagraphs, "max paragraphs");
        require(maxParagraphChars, "max paragraph chars");
        require(maxJsonDepth, "max JSON depth");
        require(maxDeadLetterBytes, "max dead letter bytes");
        if (maxDeadLetterBytes < maxArticleBytes) {
            throw new IllegalArgumentException("dedup.limits.max.dead.letter.bytes (" + maxDeadLetterBytes
                    + ") must be at least dedup.limits.max.article.bytes (" + maxArticleBytes + ")");
        }
    }

    /**
     * The largest record the application writes for any input: an article derived from a raw record of
     * at most {@link #maxArticleBytes()} (internal topics, changelogs, clean and duplicate outputs), or
     * a dead letter. The producer's {@code max.request.size} and the {@code max.message.bytes} of every
     * topic the application writes must be at least this, or one such record stops the stream thread
     * (under exactly-once no exception handler can skip it: the transaction is already failed).
     */
    public int largestRecordBytes() {
        long article = (long) maxArticleBytes + ARTICLE_RECORD_FIXED_SLACK + (long) ARTICLE_RECORD_SLACK_PER_PARAGRAPH * maxParagraphs;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(article, maxDeadLetterBytes) + BATCH_OVERHEAD);
    }

    /**
     * The bytes an accepted article may take written out (its output JSON, its internal form) beside a
     * record key and headers of {@code keyAndHeaderBytes}: what {@link #largestRecordBytes()} leaves once the
     * batch overhead and the fixed slack are taken off. The per-paragraph slack is the article's to spend.
     */
    public long writtenArticleRoom(long keyAndHeaderBytes) {
        return (long) largestRecordBytes() - BATCH_OVERHEAD - ARTICLE_RECORD_FIXED_SLACK - keyAndHeaderBytes;
    }

    /**
     * Checks the text an event gave, once read into paragraphs: at most {@link #maxParagraphs()} of them, each,
     * and the title (published like a paragraph), at most {@link #maxParagraphChars()} characters.
     */
    public void checkText(String title, List<String> paragraphs) throws InvalidArticleException {
        if (paragraphs.size() > maxParagraphs) {
            throw tooManyParagraphs(paragraphs.size());
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).length() > maxParagraphChars) {
                throw new InvalidArticleException(DeadLetterReason.PARAGRAPH_TOO_LONG, "paragraph " + i + " has "
                        + paragraphs.get(i).length() + " characters, over the limit of " + maxParagraphChars
                        + " (dedup.limits.max.paragraph.chars)");
            }
        }
        if (title != null && title.length() > maxParagraphChars) {
            // the title is published like a paragraph: without this a 1.5 MB title passed every limit
            throw new InvalidArticleException(DeadLetterReason.PARAGRAPH_TOO_LONG, "the title has " + title.length()
                    + " characters, over the limit of " + maxParagraphChars + " (dedup.limits.max.paragraph.chars)");
        }
    }

    /** The {@code too_many_paragraphs} rejection of an event with {@code n} paragraphs. */
    InvalidArticleException tooManyParagraphs(int n) {
        return new InvalidArticleException(DeadLetterReason.TOO_MANY_PARAGRAPHS, "the event has " + n
                + " paragraphs, over the limit of " + maxParagraphs + " (dedup.limits.max.paragraphs)");
    }

    private static void require(int value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
