package io.articlededup.sketch;

/**
 * How an article is cut into shingles.
 *
 * <ul>
 *   <li>{@link #WORDS}: shingles are runs of {@code shingleSize} consecutive words. Text whose letters are
 *       mostly from scripts written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) is
 *       detected automatically and shingled as {@link #CHARACTERS} instead, because it has no words to
 *       split on (see {@link TextTokenizer#UNSPACED_SCRIPT_SHARE}).</li>
 *   <li>{@link #CHARACTERS}: shingles are runs of {@code shingleSize} consecutive letters/digits, with a
 *       word break counted as one element. Always used, whatever the script.</li>
 * </ul>
 */
public enum ShingleMode {
    WORDS,
    CHARACTERS
}
