package io.articlededup.model;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hashing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stable 128-bit identities: article ids derived from canonicalised URLs, and the exact-duplicate
 * content key. XXH3-128 is a published, versioned algorithm, so ids and keys stay the same across
 * JVMs, instances and releases (never {@code String.hashCode}).
 */
public final class ContentHashes {
    private static final Hasher128 HASHER = Hashing.xxh3_128();
    private static final com.dynatrace.hash4j.hashing.Hasher64 PARAGRAPH_HASHER = Hashing.xxh3_64();

    private ContentHashes() {
    }

    /** Hash of the normalised paragraph keys, in order: equal for two articles with the same cleaned content. */
    public static String contentHash(List<String> normalisedParagraphs) {
        HashStream128 stream = HASHER.hashStream();
        for (String p : normalisedParagraphs) {
            stream.putString(p);
        }
        stream.putInt(normalisedParagraphs.size());
        return hex(stream.get());
    }

    /** A 64-bit hash of one normalised paragraph: the key of per-site paragraph statistics. */
    public static long paragraphHash(String normalisedParagraph) {
        return PARAGRAPH_HASHER.hashCharsToLong(normalisedParagraph);
    }

    /** The article id used when the event has none: a hash of the canonical URL. */
    public static String idForUrl(String url) {
        return hex(HASHER.hashCharsTo128Bits(canonicalUrl(url)));
    }

    /**
     * Canonical form of a URL so that trivially different spellings of one page get one id: lower-case
     * scheme and host, no {@code www.}, no default port, no fragment, no tracking parameters, sorted
     * query, no trailing slash. Unparseable input is returned trimmed (it still hashes stably).
     */
    public static String canonicalUrl(String url) {
        String trimmed = url.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return trimmed;
        }
        if (uri.getHost() == null) {
            return trimmed;
        }
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = stripWww(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder sb = new StringBuilder(scheme.equals("https") ? "http" : scheme).append("://").append(host);
        if (!defaultPort) {
            sb.append(':').append(port);
        }
        sb.append(path);
        String query = canonicalQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            sb.append('?').append(query);
        }
        return sb.toString();
    }

    /** The site a URL belongs to, as used for per-source statistics: host without {@code www.}. */
    public static String sourceOfUrl(String url) {
        try {
            String host = new URI(url.trim()).getHost();
            return host == null ? null : stripWww(host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String stripWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : rawQuery.split("&")) {
            String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
            boolean tracking = name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid")
                    || name.equals("mc_cid") || name.equals("mc_eid") || name.equals("ref") || name.isEmpty();
            if (!tracking) {
                kept.add(param);
            }
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    private static String hex(HashValue128 v) {
        return String.format("%016x%016x", v.getMostSignificantBits(), v.getLeastSignificantBits());
    }
}
