package io.articlededup.eval.pages;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real page with its article taken out: the page's markup cut at the marks {@link TemplateMaker} left,
 * so that rendering a story is filling the holes in order.
 *
 * @param host   the site the page is from
 * @param pageId the set and id of the page it was made from
 * @param parts  markup between holes: one more than there are holes
 * @param holes  what goes between part i and part i + 1
 */
public record Template(String host, String pageId, List<String> parts, List<Hole> holes) {

    /** A hole: its kind ({@code PARA}, {@code REST}, {@code TITLE}, {@code TEASER}, {@code DATE}...) and its argument. */
    public record Hole(String kind, String arg) {
    }

    /** What one page shows: its story, url, date, and where its teaser headlines and summaries come from. */
    public record Fill(String title, List<String> paragraphs, String url, Instant date, Supplier<String> teasers,
                       Supplier<String> summaries) {

        /** Teaser summaries drawn from the same source as the headlines. */
        public Fill(String title, List<String> paragraphs, String url, Instant date, Supplier<String> teasers) {
            this(title, paragraphs, url, date, teasers, teasers);
        }
    }

    private static final Pattern MARK = Pattern.compile("@@EVAL_([A-Z]+)(?::([^@]*))?@@");

    public Template {
        parts = List.copyOf(parts);
        holes = List.copyOf(holes);
    }

    static Template of(String host, String pageId, String markedHtml) {
        List<String> parts = new ArrayList<>();
        List<Hole> holes = new ArrayList<>();
        Matcher m = MARK.matcher(markedHtml);
        int last = 0;
        while (m.find()) {
            parts.add(markedHtml.substring(last, m.start()));
            holes.add(new Hole(m.group(1), m.group(2) == null ? "" : m.group(2)));
            last = m.end();
        }
        parts.add(markedHtml.substring(last));
        return new Template(host, pageId, parts, holes);
    }

    public long count(String kind) {
        return holes.stream().filter(h -> h.kind().equals(kind)).count();
    }

    public String render(Fill fill) {
        StringBuilder sb = new StringBuilder(parts.stream().mapToInt(String::length).sum() + 8192);
        int next = 0;
        for (int i = 0; i < holes.size(); i++) {
            sb.append(parts.get(i));
            Hole h = holes.get(i);
            switch (h.kind()) {
                case "PARA" -> sb.append(next < fill.paragraphs().size() ? html(fill.paragraphs().get(next++)) : "");
                case "REST" -> {
                    rest(sb, h.arg(), fill.paragraphs().subList(next, fill.paragraphs().size()));
                    next = fill.paragraphs().size();
                }
                case "TITLE" -> sb.append(html(fill.title()));
                case "DESCRIPTION" -> sb.append(html(lead(fill)));
                case "URL" -> sb.append(html(fill.url()));
                case "ISOTIME" -> sb.append(fill.date().toString());
                case "TEASER" -> sb.append(html(fill.teasers().get()));
                case "SUMMARY" -> sb.append(html(fill.summaries().get()));
                case "DATE" -> sb.append(html(DateTimeFormatter.ofPattern(h.arg(), Locale.ENGLISH)
                        .format(fill.date().atZone(ZoneOffset.UTC))));
                case "JSONTITLE" -> sb.append(json(fill.title()));
                case "JSONBODY" -> sb.append(json(String.join("\n\n", fill.paragraphs())));
                case "JSONDESCRIPTION" -> sb.append(json(lead(fill)));
                default -> throw new IllegalStateException("unknown hole " + h.kind());
            }
        }
        sb.append(parts.get(parts.size() - 1));
        return sb.toString();
    }

    /** Paragraphs beyond the page's own places, written as the last place was: in its tag, or after breaks. */
    private static void rest(StringBuilder sb, String style, List<String> paragraphs) {
        for (String p : paragraphs) {
            if (style.equals("br")) {
                sb.append("<br><br>").append(html(p));
            } else {
                sb.append('<').append(style).append('>').append(html(p)).append("</").append(style).append('>');
            }
        }
    }

    private static String lead(Fill fill) {
        return fill.paragraphs().isEmpty() ? "" : firstSentence(fill.paragraphs().get(0));
    }

    static String firstSentence(String paragraph) {
        int end = paragraph.indexOf(". ");
        return end > 20 ? paragraph.substring(0, end + 1) : paragraph;
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Inside a JSON string inside a script: the closing-tag sequence must not appear. */
    private static String json(String s) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(s)).replace("</", "<\\/");
    }
}
