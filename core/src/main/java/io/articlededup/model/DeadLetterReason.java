package io.articlededup.model;

import java.util.Locale;

/**
 * Why a raw event went to the dead-letter topic: the {@code dedup.error.reason} header and the
 * {@code reason} label of {@code dedup_dead_letters_total}. One list, so that metrics know every reason
 * before the first dead letter and the README's table cannot drift from the code.
 */
public enum DeadLetterReason {
    EMPTY_VALUE, TOO_LARGE, INVALID_JSON, NOT_AN_OBJECT, WRONG_TYPE, MISSING_ID, MISSING_TEXT, NO_CONTENT,
    TOO_MANY_PARAGRAPHS, PARAGRAPH_TOO_LONG,
    /** An identifying field ({@code id}, {@code url}, {@code source}) longer than any real one. */
    FIELD_TOO_LONG,
    /** A bug in the parser, caught so that the stream goes on. */
    INTERNAL_ERROR;

    /** The stable code, e.g. {@code invalid_json}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
