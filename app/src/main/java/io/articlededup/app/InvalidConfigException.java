package io.articlededup.app;

/** A setting is missing or wrong; the message names the setting and says what is wrong with it. */
public final class InvalidConfigException extends RuntimeException {
    public InvalidConfigException(String message) {
        super(message);
    }
}
