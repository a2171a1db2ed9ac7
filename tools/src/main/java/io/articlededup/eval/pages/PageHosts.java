package io.articlededup.eval.pages;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site a saved page belongs to. L3S-GN1 keeps no URL per page, so the host is read from the page:
 * its {@code <base href>}, else its canonical or {@code og:url}, else the host most of its links point to,
 * leaving out ad servers, search engines and sharing services, which many sites link to alike.
 */
final class PageHosts {

    private static final Pattern BASE = Pattern.compile("(?i)<base\\s[^>]*href\\s*=\\s*[\"']?(https?://[^\"'\\s>]+)");
    private static final Pattern CANONICAL = Pattern.compile(
            "(?i)<link\\s[^>]*rel\\s*=\\s*[\"']?canonical[\"']?[^>]*href\\s*=\\s*[\"']?(https?://[^\"'\\s>]+)"
                    + "|<meta\\s[^>]*property\\s*=\\s*[\"']og:url[\"'][^>]*content\\s*=\\s*[\"']?(https?://[^\"'\\s>]+)");
    private static final Pattern LINK = Pattern.compile("(?i)<a\\s[^>]*href\\s*=\\s*[\"']?https?://([^/\"'\\s>:?#]+)");
    private static final Pattern SHARED_SERVICE = Pattern.compile(
            "(^|\\.)(doubleclick\\.net|google\\.[a-z.]+|googlesyndication\\.com|adtech\\.de|addthis\\.com"
                    + "|facebook\\.com|twitter\\.com|digg\\.com|del\\.icio\\.us|delicious\\.com|stumbleupon\\.com"
                    + "|reddit\\.com|yahoo\\.com|w3\\.org|adobe\\.com|macromedia\\.com|feedburner\\.com"
                    + "|technorati\\.com|newsvine\\.com|myspace\\.com|microsoft\\.com|apple\\.com)$|^ads?\\.|^adserver\\.");

    private PageHosts() {
    }

    /** The host of {@code url} without {@code www.}, lower case; empty when it has none. */
    static String ofUrl(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? "" : bare(h);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The host a page without a known URL comes from; empty when the page names none. */
    static String ofPage(String html) {
        for (Pattern p : new Pattern[] {BASE, CANONICAL}) {
            Matcher m = p.matcher(html);
            while (m.find()) {
                String url = m.group(1) != null ? m.group(1) : m.group(m.groupCount());
                String host = ofUrl(url);
                if (!host.isEmpty() && !SHARED_SERVICE.matcher(host).find()) {
                    return host;
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            String host = bare(m.group(1));
            if (!SHARED_SERVICE.matcher(host).find()) {
                counts.merge(host, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse("");
    }

    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
