package io.articlededup.text.page;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the site's name off a page title: {@code "Headline | Site"}, {@code "Headline - Site"},
 * {@code "Site: Headline"}. A part is the site's name when it matches the page's declared site name or
 * host, or when it is short and the other part is clearly the longer headline.
 */
final class TitleCleaner {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00B7\u2022\u00BB/:-]{1,2}\\s+|\\s*\\|\\s*");
    private static final int MAX_SITE_WORDS = 5;

    private TitleCleaner() {
    }

    static String clean(String title, String siteName, String host) {
        if (title == null) {
            return null;
        }
        String t = BlockCollector.collapse(title);
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return t;
        }
        String head = t.substring(0, lastStart);
        String tail = t.substring(lastEnd);
        if (isSite(tail, siteName, host, head, true)) {
            return clean(head, siteName, host);
        }
        String prefix = t.substring(0, firstStart);
        String rest = t.substring(firstEnd);
        if (isSite(prefix, siteName, host, rest, false)) {
            return clean(rest, siteName, host);
        }
        return t;
    }

    // a short tail is taken for the site's name by its length alone; a prefix only when it names the site,
    // since headlines open with short phrases ("Spain - Germany: ...") far more often than they end with one
    private static boolean isSite(String part, String siteName, String host, String other, boolean byLength) {
        String p = key(part);
        if (p.isEmpty()) {
            return true;
        }
        if (siteName != null && !key(siteName).isEmpty() && (p.contains(key(siteName)) || key(siteName).contains(p))) {
            return true;
        }
        if (host != null) {
            String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String name = h.contains(".") ? h.substring(0, h.indexOf('.')) : h;
            if (name.length() >= 3 && p.replace(" ", "").contains(name)) {
                return true;
            }
        }
        int words = part.trim().split("\\s+").length;
        int otherWords = other.trim().split("\\s+").length;
        return byLength && words <= MAX_SITE_WORDS && otherWords >= 2 * words + 2 && !part.trim().endsWith("?");
    }

    private static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").trim();
    }
}
