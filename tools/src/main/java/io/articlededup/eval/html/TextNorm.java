package io.articlededup.eval.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text normalisation shared by the scorers. */
public final class TextNorm {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Python's {@code re.UNICODE} {@code \w+}, the tokeniser of the AEB benchmark. */
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private TextNorm() {
    }

    /**
     * trafilatura's {@code norm}: {@code re.sub(r"\s+", " ", text).strip()}. Python's {@code \s} on
     * str is Unicode-aware (it includes U+00A0 and the other Unicode spaces), hence the flag.
     */
    public static String whitespace(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Word tokens as they appear (case kept), for the AEB shingle metric. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Lowercased word tokens, for bag-of-words scoring. */
    public static List<String> words(String text) {
        List<String> out = tokens(text);
        out.replaceAll(w -> w.toLowerCase(Locale.ROOT));
        return out;
    }

    /** Lowercased tokens joined by single spaces, padded, so containment respects word boundaries. */
    public static String tokenString(String text) {
        return " " + String.join(" ", words(text)) + " ";
    }

    public static <T> Map<T, Integer> multiset(List<T> items) {
        Map<T, Integer> counts = new HashMap<>();
        for (T item : items) {
            counts.merge(item, 1, Integer::sum);
        }
        return counts;
    }
}
