package io.articlededup.model;

/**
 * A raw event that cannot become an article. {@link #reason()} is a short stable code used as the
 * dead-letter header and metric label; the message says what exactly is wrong, for a human.
 */
public final class InvalidArticleException extends Exception {
    private final String reason;

    public InvalidArticleException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public InvalidArticleException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
