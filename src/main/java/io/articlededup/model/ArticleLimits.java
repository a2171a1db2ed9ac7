package io.articlededup.model;

/**
 * Bounds on what one raw event may carry, so that one hostile or broken event cannot exhaust memory.
 * An event over a limit goes to the dead-letter topic with the limit named in the reason.
 */
public record ArticleLimits(int maxArticleBytes, int maxParagraphs, int maxParagraphChars, int maxJsonDepth) {
    public static ArticleLimits defaults() {
        return new ArticleLimits(2 * 1024 * 1024, 5_000, 50_000, 64);
    }

    public ArticleLimits {
        require(maxArticleBytes, "max article bytes");
        require(maxParagraphs, "max paragraphs");
        require(maxParagraphChars, "max paragraph chars");
        require(maxJsonDepth, "max JSON depth");
    }

    private static void require(int value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
