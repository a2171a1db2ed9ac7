package io.articlededup.topology;

import io.articlededup.model.Article;

/** Either a parsed article or the original bytes of an event that goes to the dead-letter topic. */
record ParseResult(Article article, byte[] original) {
    static ParseResult ok(Article a) {
        return new ParseResult(a, null);
    }

    static ParseResult deadLetter(byte[] original) {
        return new ParseResult(null, original);
    }

    boolean isValid() {
        return article != null;
    }
}
