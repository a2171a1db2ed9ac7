package io.articlededup.text.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The short lines that stamp an article with its date, time, section or author between the headline and
 * the text, or under it: "24.01.2022 11:38 Kategorie: News", "Aktualisiert: 11.04.2020, 10:27",
 * "Posted by admin | 31. Dezember 2008", "Updated at 1:23 p.m.". The page's metadata carries the date;
 * in the text it is furniture. Only at the article's edges: inside it, a short dated line is a row of
 * a timeline or a table.
 */
final class DateLine {

    private static final int MAX_CHARS = 80;
    /** Blocks looked at from each end: a kicker, the byline and the date come before the first paragraph. */
    private static final int EDGE_BLOCKS = 4;
    private static final String MONTH = "(jan|feb|m(a|ä)r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|f(é|e)v|avr|juil|ao(û|u)t"
            + "|d(é|e)c|ene|abr|ago|dic|sty|lut|kwi|cze|lip|wrz|pa(ź|z)|lis|gru)\\p{L}*\\.?";
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?(\\d{4}|\\d{2})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b"
                    + "|\\b\\d{1,2}\\.?\\s+(de\\s+)?" + MONTH + "\\s+(de\\s+)?\\d{4}\\b"
                    + "|\\b" + MONTH + "\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CLOCK_END = Pattern.compile("(?i)\\b[ap]\\.m\\.$");

    private DateLine() {
    }

    static boolean isDateLine(String text) {
        if (text.length() > MAX_CHARS || !DATE.matcher(text).find()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".!?\u3002".indexOf(last) < 0 || CLOCK_END.matcher(text).find();
    }

    /** The blocks without the date lines among the first and the last few. */
    static List<PageBlock> trimmed(List<PageBlock> blocks) {
        int n = blocks.size();
        List<PageBlock> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PageBlock b = blocks.get(i);
            boolean edge = i < EDGE_BLOCKS || i >= n - EDGE_BLOCKS;
            if (!(edge && n > 1 && isDateLine(b.text()))) {
                out.add(b);
            }
        }
        return out.isEmpty() ? blocks : out;
    }
}
