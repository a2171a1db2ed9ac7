package io.articlededup.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of hostile and broken raw events, by category: the fixed worst cases (10 MB bodies,
 * 100,000 paragraphs, million-deep JSON, HTML bombs) plus random mutations of valid events (truncation,
 * byte flips, invalid UTF-8, wrong types for every field, missing fields, control characters, duplicate
 * keys, null key or value). Same seed, same events: a failure is reproducible from the printed seed.
 */
public final class MalformedEvents {
    /** Every reason a dead letter may carry (README, "Dead letters"). */
    public static final Set<String> KNOWN_REASONS = Set.of("invalid_json", "not_an_object", "wrong_type",
            "missing_id", "missing_text", "no_content", "empty_value", "too_large", "too_many_paragraphs",
            "paragraph_too_long", "field_too_long", "internal_error");

    /** Fields the parser interprets; each gets every wrong type. */
    static final String[] FIELDS = {"id", "url", "title", "source", "body", "paragraphs", "html"};
    private static final String[] WRONG_VALUES = {"42", "-1.5e300", "true", "false", "null", "[]", "[1,2]",
            "{}", "{\"a\":\"b\"}", "\"\"", "\"   \"", "123456789012345678901234567890", "[\"x\",[\"y\"]]", "[null]"};
    private static final String[] WORDS = ("minister parliament budget vote delay opposition river flood city "
            + "council harbour storm rescue market shares fell rose bank rates inflation energy grid school teachers "
            + "strike court ruling appeal election poll candidate debate hospital nurses vaccine trial league final "
            + "goal coach stadium museum painting auction record drought farmers harvest wheat export port ship "
            + "crew island bridge tunnel railway station airport flight pilot union wages talks deal treaty border")
            .split(" ");

    /** One input: its category (what kind of damage), Kafka key and value (either may be null). */
    public record Case(String category, byte[] key, byte[] value) {
        public String describe() {
            String v = value == null ? "null" : new String(value, 0, Math.min(value.length, 120), StandardCharsets.UTF_8);
            return category + " (" + (value == null ? 0 : value.length) + " bytes): " + v.replace('\n', ' ');
        }
    }

    private final Random random;

    public MalformedEvents(long seed) {
        this.random = new Random(seed);
    }

    /** A valid article with its own id and text that no other generated article shares. */
    public String validJson(String id) {
        StringBuilder body = new StringBuilder();
        int paragraphs = 2 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                body.append("\\n\\n");
            }
            int words = 12 + random.nextInt(20);
            for (int w = 0; w < words; w++) {
                body.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(10_000));
            }
            body.append('.');
        }
        return "{\"id\":\"" + id + "\",\"url\":\"https://www.news" + random.nextInt(50) + ".example/a/" + id
                + "\",\"title\":\"Story " + id + "\",\"body\":\"" + body + "\",\"lang\":\"en\"}";
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The fixed worst cases, one or a few of each. */
    public List<Case> hostile() {
        List<Case> out = new ArrayList<>();
        // null and empty keys and values
        out.add(new Case("null_key_value", null, null));
        out.add(new Case("null_key_value", utf8("k"), null));
        out.add(new Case("null_key_value", null, new byte[0]));
        out.add(new Case("null_key_value", new byte[0], utf8("null")));
        out.add(new Case("null_key_value", null, utf8(validJson("null-key-ok"))));
        // huge bodies
        out.add(new Case("huge_body", null, utf8("{\"id\":\"huge\",\"body\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}")));
        out.add(new Case("huge_body", null, utf8("{\"id\":\"huge-p\",\"body\":\"" + "word ".repeat(300_000) + "\"}")));
        out.add(new Case("huge_body", null, utf8("{\"id\":\"huge-t\",\"title\":\"" + "t".repeat(1_500_000) + "\",\"body\":\"x y z\"}")));
        out.add(new Case("huge_body", null, utf8("[\"" + "z".repeat(10 * 1024 * 1024) + "\"]")));
        // 100,000 paragraphs, as an array, as a body, as HTML
        out.add(new Case("many_paragraphs", null, utf8("{\"id\":\"many-a\",\"paragraphs\":[" + "\"p\",".repeat(99_999) + "\"p\"]}")));
        StringBuilder body = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            body.append("p").append(i).append("\\n");
            html.append("<p>").append(i).append("</p>");
        }
        out.add(new Case("many_paragraphs", null, utf8("{\"id\":\"many-b\",\"body\":\"" + body + "\"}")));
        out.add(new Case("many_paragraphs", null, utf8("{\"id\":\"many-h\",\"html\":\"" + html + "\"}")));
        // deeply nested JSON, at the top and in a carried-through field
        for (int depth : new int[] {65, 1_000, 100_000, 1_000_000}) {
            out.add(new Case("deep_json", null, utf8("[".repeat(depth) + "]".repeat(depth))));
            out.add(new Case("deep_json", null, utf8("{\"id\":\"deep\",\"body\":\"a b c\",\"extra\":"
                    + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}")));
        }
        out.add(new Case("deep_json", null, utf8("{\"id\":\"deep-unclosed\",\"x\":" + "[".repeat(500_000))));
        // HTML bombs
        out.add(new Case("html_bomb", null, utf8("{\"id\":\"bomb-div\",\"html\":\"" + "<div>".repeat(150_000) + "text" + "</div>".repeat(150_000) + "\"}")));
        out.add(new Case("html_bomb", null, utf8("{\"id\":\"bomb-unclosed\",\"html\":\"" + "<div><span><b>".repeat(100_000) + "text\"}")));
        StringBuilder attrs = new StringBuilder("<p");
        for (int i = 0; i < 100_000; i++) {
            attrs.append(" a").append(i).append("=x");
        }
        out.add(new Case("html_bomb", null, utf8("{\"id\":\"bomb-attrs\",\"html\":\"" + attrs + ">body text here</p>\"}")));
        out.add(new Case("html_bomb", null, utf8("{\"id\":\"bomb-same-attr\",\"html\":\"<p" + " a=x".repeat(200_000) + ">t</p>\"}")));
        out.add(new Case("html_bomb", null, utf8("{\"id\":\"bomb-br\",\"html\":\"" + "<br>".repeat(300_000) + "\"}")));
        out.add(new Case("html_bomb", null, utf8("{\"id\":\"bomb-entities\",\"html\":\"<p>" + "&amp;&#x1F600;&bogus;&#0;&#xD800;".repeat(40_000) + "</p>\"}")));
        out.add(new Case("html_bomb", null, utf8("{\"id\":\"bomb-table\",\"html\":\"" + "<table><tr><td>".repeat(50_000) + "x\"}")));
        out.add(new Case("html_bomb", null, utf8("{\"id\":\"bomb-comment\",\"html\":\"" + "<!--<!--".repeat(100_000) + "<p>t</p>\"}")));
        out.add(new Case("html_bomb", null, utf8("{\"id\":\"bomb-script\",\"html\":\"<script>" + "<p>x</p>".repeat(100_000) + "\"}")));
        // duplicate keys
        out.add(new Case("duplicate_keys", null, utf8("{\"id\":\"a\",\"id\":\"b\",\"body\":\"x y\"}")));
        out.add(new Case("duplicate_keys", null, utf8("{\"id\":\"a\",\"body\":\"x y\",\"extra\":{\"k\":1,\"k\":2}}")));
        // encodings: BOM, UTF-16, lone surrogates, overlong forms
        out.add(new Case("invalid_utf8", null, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(validJson("bom")))));
        out.add(new Case("invalid_utf8", null, validJson("utf16").getBytes(StandardCharsets.UTF_16BE)));
        out.add(new Case("invalid_utf8", null, utf8("{\"id\":\"lone\",\"body\":\"text \\ud800 more text here and \\udfff\"}")));
        out.add(new Case("invalid_utf8", null, utf8("{\"id\":\"lone-t\",\"title\":\"\\ud83d\",\"body\":\"ok text here\",\"x\":\"\\udc00\"}")));
        out.add(new Case("invalid_utf8", null, concat(utf8("{\"id\":\"overlong\",\"body\":\""), new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8("\"}"))));
        out.add(new Case("invalid_utf8", null, concat(utf8("{\"id\":\"surrogate-bytes\",\"body\":\"a"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("\"}"))));
        // control characters everywhere, escaped (valid JSON) and raw (invalid JSON)
        out.add(new Case("control_chars", null, utf8("{\"id\":\"\\u0000\\u0001\",\"body\":\"\\u0000\\u0007\\u001b[31m\"}")));
        out.add(new Case("control_chars", null, utf8("{\"id\":\"ctl\",\"title\":\"\\u0000\",\"body\":\"real\\u0000 text\\u0085 with\\u009b controls\",\"\\u0000\":\"\\u0000\"}")));
        out.add(new Case("control_chars", null, utf8("{\"id\":\"ctl-raw\",\"body\":\"a\u0001b\"}")));
        // numbers at the edge
        out.add(new Case("wrong_type", null, utf8("{\"id\":" + "9".repeat(2000) + ",\"body\":\"x y\"}")));
        out.add(new Case("wrong_type", null, utf8("{\"id\":1e400,\"body\":\"x y\"}")));
        out.add(new Case("wrong_type", null, utf8("{\"id\":NaN,\"body\":\"x y\"}")));
        out.add(new Case("wrong_type", null, utf8("{\"id\":\"" + "i".repeat(600) + "\",\"body\":\"x y\"}")));
        // URLs that are not URLs
        for (String url : new String[] {"http://[::1", "::::", "javascript:alert(1)", "http://", "%zz", "http://a b/c",
                "https://xn--.example/", "http://" + "a.".repeat(5000) + "com"}) {
            out.add(new Case("odd_url", null, utf8("{\"url\":\"" + url + "\",\"body\":\"text of the odd url story " + url.length() + "\"}")));
        }
        return out;
    }

    /** A random malformed (or odd but valid) event. */
    public Case next(int n) {
        String valid = validJson("gen-" + n);
        return switch (random.nextInt(11)) {
            case 0 -> new Case("broken_json", null, utf8(valid.substring(0, random.nextInt(valid.length()))));
            case 1 -> new Case("broken_json", null, flipBytes(utf8(valid)));
            case 2 -> new Case("broken_json", null, utf8(brokenSyntax(valid)));
            case 3 -> {
                String field = FIELDS[random.nextInt(FIELDS.length)];
                String wrong = WRONG_VALUES[random.nextInt(WRONG_VALUES.length)];
                yield new Case("wrong_type", null, utf8(setField(valid, field, wrong)));
            }
            case 4 -> new Case("wrong_type", null, utf8("{\"id\":\"pe-" + n + "\",\"paragraphs\":[\"a b c\","
                    + WRONG_VALUES[random.nextInt(WRONG_VALUES.length)] + "]}"));
            case 5 -> new Case("missing_fields", null, utf8(dropFields(valid)));
            case 6 -> new Case("invalid_utf8", null, invalidUtf8(utf8(valid)));
            case 7 -> new Case("control_chars", null, utf8(controls(valid)));
            case 8 -> new Case("duplicate_keys", null, utf8(valid.replaceFirst("\\{", "{\""
                    + FIELDS[random.nextInt(FIELDS.length)] + "\":\"dup\",")));
            case 9 -> new Case("not_an_object", null, utf8(WRONG_VALUES[random.nextInt(WRONG_VALUES.length)]));
            default -> new Case("random_bytes", random.nextBoolean() ? null : randomBytes(8), randomBytes(1 + random.nextInt(300)));
        };
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private byte[] flipBytes(byte[] b) {
        byte[] c = b.clone();
        for (int i = 0, k = 1 + random.nextInt(4); i < k; i++) {
            c[random.nextInt(c.length)] = (byte) random.nextInt(256);
        }
        return c;
    }

    private String brokenSyntax(String valid) {
        return switch (random.nextInt(7)) {
            case 0 -> valid.replaceFirst("\\}$", ",}");
            case 1 -> valid.replace('"', '\'');
            case 2 -> valid + valid;
            case 3 -> valid.replaceFirst(":", "");
            case 4 -> "{" + valid;
            case 5 -> valid.replaceFirst("\\}$", "") + "   ";
            default -> valid.replaceFirst("\"body\"", "body");
        };
    }

    private static String setField(String json, String field, String value) {
        String without = json.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\d+),?", "");
        return without.replaceFirst("\\{", "{\"" + field + "\":" + value + (without.equals("{}") ? "" : ","));
    }

    private String dropFields(String valid) {
        String out = valid;
        for (String f : new String[] {"id", "url", "title", "body", "lang"}) {
            if (random.nextBoolean()) {
                out = out.replaceFirst("\"" + f + "\":\"[^\"]*\",?", "");
            }
        }
        return out.replace(",}", "}");
    }

    private byte[] invalidUtf8(byte[] b) {
        byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        int at = b.length / 3 + random.nextInt(b.length / 2);
        return concat(java.util.Arrays.copyOfRange(b, 0, at), bad[random.nextInt(bad.length)],
                java.util.Arrays.copyOfRange(b, at, b.length));
    }

    private String controls(String valid) {
        StringBuilder sb = new StringBuilder(valid);
        for (int i = 0, k = 1 + random.nextInt(6); i < k; i++) {
            int at = sb.indexOf("\"body\":\"") + 9 + random.nextInt(20);
            int c = random.nextInt(4) == 0 ? 0x7f + random.nextInt(0x21) : random.nextInt(0x20);
            // escaped (valid JSON) or raw (invalid JSON, except where the raw character is allowed)
            sb.insert(at, random.nextBoolean() ? String.format("\\u%04x", c) : String.valueOf((char) c));
        }
        return sb.toString();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** The table printed by the fuzz tests: inputs per category and their outcomes. */
    public static String report(String title, int inputs, java.util.Map<String, java.util.Map<String, Integer>> table) {
        StringBuilder sb = new StringBuilder("\n== malformed inputs, " + title + ": " + inputs + " inputs ==\n");
        java.util.Map<String, Integer> totals = new java.util.TreeMap<>();
        table.forEach((category, outcomes) -> {
            int n = outcomes.values().stream().mapToInt(Integer::intValue).sum();
            sb.append(String.format("  %-16s %6d  %s%n", category, n, outcomes));
            outcomes.forEach((o, k) -> totals.merge(o, k, Integer::sum));
        });
        sb.append(String.format("  %-16s %6d  %s%n", "all", inputs, totals));
        return sb.toString();
    }
}
