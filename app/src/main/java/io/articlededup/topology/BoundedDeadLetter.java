package io.articlededup.topology;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A dead letter that fits the record size our producer and the dead-letter topic accept
 * ({@code dedup.limits.max.dead.letter.bytes}). A rejected record up to that size is kept whole: key,
 * value and original headers. A larger one (only {@code too_large} events can be: every other check runs
 * on records under the smaller article limit) keeps the first {@value #MAX_CUT_KEY_BYTES} bytes of its
 * key and as much of the start of its value as fits, without the original headers, and says so in
 * headers: it is never dropped, and the whole record stays in the input topic at the offset given.
 */
record BoundedDeadLetter(byte[] key, byte[] value, Headers headers) {
    /** Enough of a key to identify the event (a URL, an id); the rest of the room goes to the value. */
    static final int MAX_CUT_KEY_BYTES = 1024;
    /** Per record: attributes, timestamp, offset delta and the length fields, at their widest. */
    private static final int RECORD_OVERHEAD = 64;
    /** Per header: its two length fields at their widest. */
    private static final int HEADER_OVERHEAD = 10;

    /**
     * @param errorHeaders the dead-letter headers alone ({@link DeadLetterHeaders#of} without the original ones)
     * @param original     the rejected record's own headers (may be null)
     */
    static BoundedDeadLetter of(byte[] key, byte[] value, Headers original, Headers errorHeaders, int maxBytes) {
        Headers whole = merged(original, errorHeaders);
        if (recordBytes(key, value, whole) <= maxBytes) {
            return new BoundedDeadLetter(key, value, whole);
        }
        RecordHeaders cut = new RecordHeaders(errorHeaders.toArray());
        put(cut, DeadLetterHeaders.TRUNCATED, "true");
        put(cut, DeadLetterHeaders.ORIGINAL_KEY_BYTES, String.valueOf(key == null ? 0 : key.length));
        put(cut, DeadLetterHeaders.ORIGINAL_VALUE_BYTES, String.valueOf(value == null ? 0 : value.length));
        put(cut, DeadLetterHeaders.ORIGINAL_HEADERS_BYTES, String.valueOf(headerBytes(original)));
        byte[] cutKey = key == null || key.length <= MAX_CUT_KEY_BYTES ? key : Arrays.copyOf(key, MAX_CUT_KEY_BYTES);
        long room = maxBytes - recordBytes(cutKey, null, cut);
        byte[] cutValue = value == null ? null : Arrays.copyOf(value, (int) Math.max(0, Math.min(value.length, room)));
        return new BoundedDeadLetter(cutKey, cutValue, cut);
    }

    /** The key and header bytes of a record: they count toward the article limit like the value. */
    static long headerBytes(Headers headers) {
        long n = 0;
        if (headers != null) {
            for (Header h : headers) {
                n += h.key().getBytes(StandardCharsets.UTF_8).length + (h.value() == null ? 0 : h.value().length);
            }
        }
        return n;
    }

    /** An upper bound of the record's size in a batch (Kafka's own estimate adds the batch header). */
    static long recordBytes(byte[] key, byte[] value, Headers headers) {
        long n = RECORD_OVERHEAD + (key == null ? 0 : key.length) + (value == null ? 0 : value.length) + headerBytes(headers);
        for (Header ignored : headers) {
            n += HEADER_OVERHEAD;
        }
        return n;
    }

    private static Headers merged(Headers original, Headers errorHeaders) {
        RecordHeaders h = new RecordHeaders(original == null ? new Header[0] : original.toArray());
        for (Header e : errorHeaders) {
            h.remove(e.key());
        }
        for (Header e : errorHeaders) {
            h.add(e);
        }
        return h;
    }

    private static void put(RecordHeaders h, String key, String value) {
        h.remove(key);
        h.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
