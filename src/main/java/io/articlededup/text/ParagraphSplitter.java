package io.articlededup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a plain-text body into paragraphs. */
public final class ParagraphSplitter {

    // Scraped bodies use blank lines and single newlines interchangeably, so any line break ends a
    // paragraph; blank lines then just produce empty pieces that are dropped.
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029]");

    private ParagraphSplitter() {
    }

    /** Paragraphs of {@code body} in order, trimmed, without empty ones; {@code null} gives an empty list. */
    public static List<String> split(String body) {
        List<String> out = new ArrayList<>();
        if (body == null || body.isEmpty()) {
            return out;
        }
        for (String line : LINE_BREAK.split(body, -1)) {
            String trimmed = TextNormalizer.trim(line);
            if (!trimmed.isEmpty()) {
                out.add(trimmed);
            }
        }
        return out;
    }
}
