package io.articlededup.query;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A query as asked: {@code /articles/{id}} or {@code /sources/{source}/boilerplate}, each with an optional
 * {@code limit}, read from the raw path so that an id holding a {@code /} can be asked as {@code %2F}.
 * Anything else is answered here, before a store is touched.
 */
sealed interface QueryRequest {
    /** The longest id and source an event may give (model.EventFields): a longer one cannot be known. */
    int MAX_ID_CHARS = 512;
    int MAX_SOURCE_CHARS = 256;
    /** Duplicates listed by default and at most: all the store keeps. */
    int MAX_DUPLICATES_LISTED = io.articlededup.topology.ArticleDecision.MAX_DUPLICATES;
    int DEFAULT_BOILERPLATE_LISTED = 20;
    int MAX_BOILERPLATE_LISTED = 100;

    record ForArticle(String id, int limit) implements QueryRequest {
    }

    record ForBoilerplate(String source, int limit) implements QueryRequest {
    }

    record Refused(int status, String code, String message) implements QueryRequest {
    }

    static QueryRequest parse(URI uri) {
        String path = uri.getRawPath();
        try {
            if (path.startsWith("/articles/")) {
                String id = segment(path.substring("/articles/".length()), "id", MAX_ID_CHARS);
                return new ForArticle(id, limit(uri.getRawQuery(), MAX_DUPLICATES_LISTED, MAX_DUPLICATES_LISTED));
            }
            if (path.startsWith("/sources/") && path.endsWith("/boilerplate")) {
                String raw = path.substring("/sources/".length(), path.length() - "/boilerplate".length());
                String source = segment(raw, "source", MAX_SOURCE_CHARS);
                return new ForBoilerplate(source, limit(uri.getRawQuery(), DEFAULT_BOILERPLATE_LISTED,
                        MAX_BOILERPLATE_LISTED));
            }
        } catch (IllegalArgumentException e) {
            return new Refused(400, "bad_request", e.getMessage());
        }
        return new Refused(404, "not_found", "no such endpoint: try /articles/{id} or /sources/{source}/boilerplate");
    }

    private static String segment(String raw, String what, int maxChars) {
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " is empty");
        }
        if (raw.indexOf('/') >= 0) {
            throw new IllegalArgumentException("the " + what + " holds a '/': send it as %2F");
        }
        String decoded = percentDecoded(raw, what);
        if (decoded.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is blank");
        }
        if (decoded.length() > maxChars) {
            throw new IllegalArgumentException("the " + what + " is longer than " + maxChars + " characters");
        }
        return decoded;
    }

    /** RFC 3986 percent-decoding of one path segment ({@code +} stays a plus sign), strict UTF-8. */
    static String percentDecoded(String raw, String what) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    throw new IllegalArgumentException("the " + what + " has a bad percent escape at character " + i);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int cp = raw.codePointAt(i);
                byte[] b = Character.toString(cp).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the " + what + " is not UTF-8 once percent-decoded");
        }
    }

    /** {@code limit=N} from the query string: 1 or more, capped at {@code max}. */
    private static int limit(String rawQuery, int byDefault, int max) {
        if (rawQuery == null) {
            return byDefault;
        }
        int limit = byDefault;
        for (String param : rawQuery.split("&")) {
            if (param.startsWith("limit=")) {
                String v = param.substring("limit=".length());
                try {
                    limit = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("limit must be a whole number, got '" + v + "'");
                }
                if (limit < 1) {
                    throw new IllegalArgumentException("limit must be at least 1, got " + limit);
                }
            }
        }
        return Math.min(limit, max);
    }
}
