package io.articlededup.text;

/**
 * Knobs of {@link ParagraphCleaner}.
 *
 * @param maxHeadlineWords   an inferred headline has at most this many words
 * @param minHeadlineWords   and at least this many words containing a letter (a lone "Politics" is a
 *                           section label, "March 4, 2024" a dateline)
 * @param inferTitle         infer the title from the first paragraph when none is given
 * @param minTeaserChars     a paragraph ending in an ellipsis is a truncated copy of a longer one only if
 *                           the text before the ellipsis has at least this many characters; shorter
 *                           stems ("All...") match other paragraphs by accident
 * @param minFragmentWords   a paragraph that re-appears verbatim inside the kept text (a body captured
 *                           again with different paragraph breaks, a pull quote) is a repeat only from
 *                           this many words on, so a short real sentence is never lost to a coincidence;
 *                           0 disables the check
 * @param maxFuzzyChars      above this many characters of kept text the fragment check is skipped, which
 *                           bounds the work on pathological inputs
 */
public record CleanerSettings(int maxHeadlineWords, int minHeadlineWords, boolean inferTitle,
                              int minTeaserChars, int minFragmentWords, int maxFuzzyChars) {

    public CleanerSettings {
        if (minHeadlineWords < 1 || maxHeadlineWords < minHeadlineWords) {
            throw new IllegalArgumentException("need 1 <= minHeadlineWords <= maxHeadlineWords, got "
                    + minHeadlineWords + ", " + maxHeadlineWords);
        }
        if (minTeaserChars < 1 || minFragmentWords < 0 || maxFuzzyChars < 0) {
            throw new IllegalArgumentException("minTeaserChars must be >= 1, minFragmentWords and maxFuzzyChars >= 0");
        }
    }

    public static CleanerSettings defaults() {
        return new CleanerSettings(25, 2, true, 40, 12, 2_000_000);
    }

    public CleanerSettings withMaxHeadlineWords(int value) {
        return new CleanerSettings(value, minHeadlineWords, inferTitle, minTeaserChars, minFragmentWords, maxFuzzyChars);
    }

    public CleanerSettings withInferTitle(boolean value) {
        return new CleanerSettings(maxHeadlineWords, minHeadlineWords, value, minTeaserChars, minFragmentWords, maxFuzzyChars);
    }

    public CleanerSettings withMinFragmentWords(int value) {
        return new CleanerSettings(maxHeadlineWords, minHeadlineWords, inferTitle, minTeaserChars, value, maxFuzzyChars);
    }
}
