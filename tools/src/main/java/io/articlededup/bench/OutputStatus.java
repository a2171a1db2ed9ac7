package io.articlededup.bench;

import java.nio.charset.StandardCharsets;

/** The {@code dedup.status} (and other short fields) of one of our output records, found without parsing the whole article. */
final class OutputStatus {
    private static final byte[] STATUS = "\"status\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DUPLICATE_OF = "\"duplicate_of\":\"".getBytes(StandardCharsets.US_ASCII);

    private OutputStatus() {
    }

    /** @return the status, {@code dead_letter} for the dead-letter topic, {@code unknown} when there is none */
    static String of(String topic, byte[] value) {
        if (topic.endsWith("dlq")) {
            return "dead_letter";
        }
        String status = stringAfter(value, STATUS);
        return status == null ? "unknown" : status;
    }

    /** The id a duplicate points at, or null (the bench's ids are ASCII and never contain a quote). */
    static String duplicateOf(byte[] value) {
        return stringAfter(value, DUPLICATE_OF);
    }

    /** The first JSON string value after {@code prefix} (the field's name, colon and opening quote). */
    private static String stringAfter(byte[] value, byte[] prefix) {
        outer:
        for (int i = 0; i + prefix.length < value.length; i++) {
            for (int j = 0; j < prefix.length; j++) {
                if (value[i + j] != prefix[j]) {
                    continue outer;
                }
            }
            int s = i + prefix.length;
            int e = s;
            while (e < value.length && value[e] != '"') {
                e++;
            }
            return new String(value, s, e - s, StandardCharsets.US_ASCII);
        }
        return null;
    }
}
