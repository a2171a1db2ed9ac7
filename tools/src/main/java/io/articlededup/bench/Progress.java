package io.articlededup.bench;

/** Progress lines of a long bench run, on stderr so that stdout stays the result (e.g. JSON). */
public final class Progress {
    private Progress() {
    }

    public static void print(String format, Object... args) {
        System.err.printf("bench: " + format + "%n", args);
    }
}
