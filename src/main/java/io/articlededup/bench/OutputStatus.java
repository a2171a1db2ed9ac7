package io.articlededup.bench;

import java.nio.charset.StandardCharsets;

/** The {@code dedup.status} of one of our output records, found without parsing the whole article. */
final class OutputStatus {
    private static final byte[] STATUS = "\"status\":\"".getBytes(StandardCharsets.US_ASCII);

    private OutputStatus() {
    }

    /** @return the status, {@code dead_letter} for the dead-letter topic, {@code unknown} when there is none */
    static String of(String topic, byte[] value) {
        if (topic.endsWith("dlq")) {
            return "dead_letter";
        }
        outer:
        for (int i = 0; i + STATUS.length < value.length; i++) {
            for (int j = 0; j < STATUS.length; j++) {
                if (value[i + j] != STATUS[j]) {
                    continue outer;
                }
            }
            int s = i + STATUS.length;
            int e = s;
            while (e < value.length && value[e] != '"') {
                e++;
            }
            return new String(value, s, e - s, StandardCharsets.US_ASCII);
        }
        return "unknown";
    }
}
