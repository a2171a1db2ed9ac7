package io.articlededup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises lone labels captured from page chrome ("Share", "12 Comments", "Follow us on Twitter").
 *
 * <p>The rule is built to keep short real prose: a line is chrome only if it is short and every word
 * in it is chrome vocabulary ({@link UiVocabulary}) or a number, with at least one cue word. One
 * ordinary word ("Share prices fell.", "He declined to comment.") is enough to keep a line.
 */
public final class UiLineClassifier {

    /** Longer lines are prose or a menu dump; neither should be decided by a word list. */
    static final int MAX_CHARS = 100;
    /** Words allowed when fillers are involved ("Share this article on Facebook" is 5). */
    static final int MAX_WORDS = 6;
    /** Pure cue lists (share bars: "Facebook Twitter LinkedIn Email Print") may be longer. */
    static final int MAX_CUE_ONLY_WORDS = 12;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:'[\\p{L}\\p{N}\\p{M}]+)*");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+[km]?");

    public UiLineClassifier() {
    }

    /** True when the paragraph is page chrome; blank input counts as chrome because it carries no text. */
    public boolean isUiLine(String paragraph) {
        return isUiKey(TextNormalizer.normalize(paragraph));
    }

    /** Same as {@link #isUiLine} for text that is already a {@link TextNormalizer} key. */
    boolean isUiKey(String key) {
        if (key.length() > MAX_CHARS) {
            return false;
        }
        List<String> words = words(key);
        if (words.isEmpty()) {
            // Nothing but separators and symbols ("|", "•", "***", "..."): no text to keep.
            return true;
        }
        int cues = 0;
        int fillers = 0;
        for (String w : words) {
            if (NUMBER.matcher(w).matches()) {
                continue;
            }
            if (UiVocabulary.CUES.contains(w)) {
                cues++;
            } else if (UiVocabulary.FILLERS.contains(w)) {
                fillers++;
            } else {
                return false;
            }
        }
        if (cues == 0) {
            return false;
        }
        return fillers == 0 ? cues <= MAX_CUE_ONLY_WORDS : cues + fillers <= MAX_WORDS;
    }

    static List<String> words(String key) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(key);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
