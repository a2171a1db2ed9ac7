package io.articlededup.topology;

import io.articlededup.model.Article;
import io.articlededup.model.ArticleLimits;
import io.articlededup.model.DeadLetterReason;
import io.articlededup.model.InvalidArticleException;
import io.articlededup.model.OutputDocuments;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Keeps an accepted article within the largest record the application writes. Text never grows on its
 * way out, but numbers in carried fields do: Jackson writes {@code 1e6} as {@code 1000000.0} in JSON and
 * every floating-point number as 11 bytes of Smile, so an event of numbers can come out about three
 * times its size. Events small enough for that not to matter are not measured; larger ones are written
 * once, to a counter, in both forms.
 */
final class WrittenArticleSize {
    /** Worst growth of carried content: {@code 1e6,} (4 bytes) becomes 10 bytes of JSON or 11 of Smile. */
    static final int MAX_GROWTH = 3;

    private final ArticleLimits limits;

    WrittenArticleSize(ArticleLimits limits) {
        this.limits = limits;
    }

    /** @throws InvalidArticleException ({@code too_large}) when a record carrying the article would be too large */
    void check(Article article, long rawValueBytes, long keyAndHeaderBytes) throws InvalidArticleException {
        long room = (long) limits.largestRecordBytes() - ArticleLimits.BATCH_OVERHEAD - ArticleLimits.ARTICLE_RECORD_FIXED_SLACK
                - keyAndHeaderBytes;
        // per paragraph the internal form adds its 64-bit hash and a string header: up to 16 bytes
        if (rawValueBytes * MAX_GROWTH + 16L * article.paragraphs().size() <= room) {
            return;
        }
        long written = Math.max(jsonBytes(article), smileBytes(article));
        if (written > room) {
            throw new InvalidArticleException(DeadLetterReason.TOO_LARGE, "the article would be " + written
                    + " bytes when written out (numbers in carried fields grow), over the " + room + " bytes that "
                    + "dedup.limits.max.dead.letter.bytes / dedup.limits.max.article.bytes leave for it");
        }
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
