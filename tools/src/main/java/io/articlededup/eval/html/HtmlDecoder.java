package io.articlededup.eval.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns page bytes as served into a string.
 *
 * <p>Order of decisions, chosen to match how the reference benchmarks decode (trafilatura's
 * {@code decode_file} tries strict UTF-8 before anything else): gunzip if the bytes are gzip, honour
 * a byte-order mark, take the bytes as UTF-8 when they are valid UTF-8 (many pages declare
 * ISO-8859-1 but are UTF-8), else the charset declared in {@code <meta charset>},
 * {@code http-equiv} or the XML declaration, else windows-1252 (what browsers use for
 * undeclared legacy pages).
 */
public final class HtmlDecoder {

    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "(?i)(?:<meta[^>]+charset\\s*=\\s*[\"']?|<\\?xml[^>]+encoding\\s*=\\s*[\"'])([a-z0-9_.:-]+)");
    /** A declaration is expected near the start; scanning the whole page would pick up quoted markup. */
    private static final int SNIFF_BYTES = 8192;
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private HtmlDecoder() {
    }

    public static String decode(byte[] raw) {
        byte[] bytes = gunzipIfNeeded(raw);
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String strict = strictUtf8(bytes);
        if (strict != null) {
            return strict;
        }
        Charset declared = declaredCharset(bytes);
        return new String(bytes, declared != null ? declared : FALLBACK);
    }

    static byte[] gunzipIfNeeded(byte[] bytes) {
        if (bytes.length < 2 || (bytes[0] & 0xFF) != 0x1F || (bytes[1] & 0xFF) != 0x8B) {
            return bytes;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt gzip page", e);
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        while (m.find()) {
            Charset cs = lookup(m.group(1));
            if (cs != null) {
                return cs;
            }
        }
        return null;
    }

    /** Maps a declared label to a Java charset, applying the WHATWG aliases browsers apply. */
    private static Charset lookup(String label) {
        String name = label.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (name) {
            case "iso-8859-1": case "iso8859-1": case "latin1": case "latin-1": case "us-ascii": case "ascii":
            case "x-user-defined":
                return FALLBACK;
            case "gb2312": case "gbk": case "x-gbk":
                return Charset.forName("GB18030");
            default:
                break;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
