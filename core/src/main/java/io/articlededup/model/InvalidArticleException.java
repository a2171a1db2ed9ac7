package io.articlededup.model;

/**
 * A raw event that cannot become an article. {@link #reason()} is a short stable code used as the
 * dead-letter header and metric label; the message says what exactly is wrong, for a human.
 */
public final class InvalidArticleException extends Exception {
    private final DeadLetterReason reason;

    public InvalidArticleException(DeadLetterReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public InvalidArticleException(DeadLetterReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** The stable reason code, e.g. {@code invalid_json}. */
    public String reason() {
        return reason.code();
    }
}
