package io.articlededup.topology;

import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.model.Article;
import io.articlededup.model.ArticleLimits;
import io.articlededup.model.DeadLetterReason;
import io.articlededup.model.InvalidArticleException;
import io.articlededup.model.OutputDocuments;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Keeps an accepted article within the largest record the application writes
 * ({@link ArticleLimits#writtenArticleRoom}). Text never grows on its way out: JSON escapes are written
 * back as the event gave them or shorter, and Smile writes strings unescaped. Numbers in carried fields
 * do grow: Jackson writes {@code 1e6} as {@code 1000000.0} in JSON and every floating-point number as 11
 * bytes of Smile, so an event of numbers can come out about three times its size. So the size is bounded
 * from what is written: the raw bytes, plus at most {@value #MAX_NUMBER_BYTES} bytes for each carried
 * number, plus the per-paragraph slack. Only an article over that bound (many numbers, or near the
 * limit) is written once, to a counter, in both forms.
 */
final class WrittenArticleSize {
    /** The longest form of a number Jackson writes: a double such as {@code -2.2250738585072014E-308} in JSON. */
    static final int MAX_NUMBER_BYTES = 24;

    private final ArticleLimits limits;

    WrittenArticleSize(ArticleLimits limits) {
        this.limits = limits;
    }

    /** @throws InvalidArticleException ({@code too_large}) when a record carrying the article would be too large */
    void check(Article article, long rawValueBytes, long keyAndHeaderBytes) throws InvalidArticleException {
        long room = limits.writtenArticleRoom(keyAndHeaderBytes);
        long bound = rawValueBytes + (long) MAX_NUMBER_BYTES * numbers(article.fields())
                + (long) ArticleLimits.ARTICLE_RECORD_SLACK_PER_PARAGRAPH * article.paragraphs().size();
        if (bound <= room) {
            return;
        }
        long written = Math.max(jsonBytes(article), smileBytes(article));
        if (written > room) {
            throw new InvalidArticleException(DeadLetterReason.TOO_LARGE, "the article would be " + written
                    + " bytes when written out (numbers in carried fields grow), over the " + room + " bytes that "
                    + "dedup.limits.max.dead.letter.bytes / dedup.limits.max.article.bytes leave for it");
        }
    }

    /** The number values in the carried fields (nested at most {@code dedup.limits.max.json.depth} deep). */
    private static long numbers(JsonNode node) {
        if (node == null) {
            return 0;
        }
        if (node.isNumber()) {
            return 1;
        }
        long n = 0;
        for (JsonNode child : node) {
            n += numbers(child);
        }
        return n;
    }

    private static long jsonBytes(Article a) {
        ByteCounter out = new ByteCounter();
        try {
            SmileSerde.MAPPER.writeValue(out, OutputDocuments.toJson(a, a.eventTime()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.count;
    }

    private static long smileBytes(Article a) {
        ByteCounter out = new ByteCounter();
        try {
            SmileSerde.SMILE.writeValue(out, a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.count;
    }

    private static final class ByteCounter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
