package io.articlededup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser for Reuters-21578 SGML files (text already decoded; the files are plain ASCII, with control characters
 * and markup written as entities).
 *
 * <p>Each {@code <REUTERS NEWID="..">} record with a {@code <BODY>} becomes one document with docId
 * {@code reuters/<first topic or none>/<NEWID>}. In a body, a line that starts with white space begins a new
 * paragraph (that is how the wire marks paragraphs and table rows); other lines continue the current paragraph.
 * The trailing {@code Reuter} sign-off and the {@code \x03} end-of-text mark are removed, entities decoded.
 */
public final class ReutersSgml {

    private static final Pattern RECORD = Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    private static final Pattern TOPIC = Pattern.compile("<TOPICS>\\s*<D>(.*?)</D>", Pattern.DOTALL);
    private static final Pattern NUM_ENTITY = Pattern.compile("&#(\\d+);");
    private static final Pattern SIGN_OFF = Pattern.compile("\\s*\\bReuters?\\s*$", Pattern.CASE_INSENSITIVE);

    private ReutersSgml() {
    }

    public static List<SourceDoc> parse(String sgml) {
        List<SourceDoc> out = new ArrayList<>();
        Matcher rec = RECORD.matcher(sgml);
        while (rec.find()) {
            Matcher id = NEWID.matcher(rec.group(1));
            Matcher body = BODY.matcher(rec.group(2));
            if (!id.find() || !body.find()) {
                continue;
            }
            List<String> paras = paragraphs(decode(body.group(1)));
            if (paras.isEmpty()) {
                continue;
            }
            Matcher title = TITLE.matcher(rec.group(2));
            String t = title.find() ? TextKeys.oneLine(decode(title.group(1))) : "";
            if (t.isEmpty()) {
                t = paras.get(0).length() > 80 ? paras.get(0).substring(0, 80) : paras.get(0);
            }
            Matcher topic = TOPIC.matcher(rec.group(2));
            String tp = topic.find() ? topic.group(1).trim() : "none";
            out.add(new SourceDoc("reuters", "reuters/" + tp + "/" + id.group(1), t, paras));
        }
        return out;
    }

    static List<String> paragraphs(String body) {
        String text = body.replace("\u0003", "").replace("\r", "");
        text = SIGN_OFF.matcher(text.stripTrailing()).replaceFirst("");
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : text.split("\n")) {
            boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            if (line.isBlank() || indented) {
                flush(cur, out);
            }
            if (!line.isBlank()) {
                if (cur.length() > 0) {
                    cur.append(' ');
                }
                cur.append(line.strip());
            }
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        String p = TextKeys.oneLine(cur.toString());
        if (!p.isEmpty()) {
            out.add(p);
        }
        cur.setLength(0);
    }

    static String decode(String s) {
        Matcher m = NUM_ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int c = Integer.parseInt(m.group(1));
            // control characters (wire framing such as \x02, \x03, \x05, \x7f) carry no text
            boolean control = (c < 32 && c != '\n' && c != '\t') || c == 127;
            m.appendReplacement(sb, control ? "" : Matcher.quoteReplacement(String.valueOf((char) c)));
        }
        m.appendTail(sb);
        return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
