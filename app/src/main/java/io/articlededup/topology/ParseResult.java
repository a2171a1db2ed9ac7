package io.articlededup.topology;

import io.articlededup.model.Article;

/** Either a parsed article or the dead letter (key and bytes, possibly cut to size) of an event that could not be. */
record ParseResult(Article article, byte[] deadLetterKey, byte[] deadLetterValue) {
    static ParseResult ok(Article a) {
        return new ParseResult(a, null, null);
    }

    static ParseResult deadLetter(BoundedDeadLetter letter) {
        return new ParseResult(null, letter.key(), letter.value());
    }

    boolean isValid() {
        return article != null;
    }
}
