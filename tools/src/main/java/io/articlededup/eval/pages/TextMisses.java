package io.articlededup.eval.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where published text differs from the story, to show what limits the text score: paragraphs published
 * that are not the story's (furniture that got through), and story paragraphs not published, per portal.
 * A paragraph is the story's when at least half its word 3-shingles are the story's.
 */
public final class TextMisses {

    private static final double SAME = 0.5;

    private final Map<String, long[]> byPortal = new TreeMap<>();
    private final Map<String, Integer> leaked = new TreeMap<>();

    public void add(String portal, StoryText story, String title, List<String> published) {
        GoldText gold = new GoldText(story.paragraphs());
        long[] c = byPortal.computeIfAbsent(portal, p -> new long[4]);
        c[0]++;
        for (String p : published) {
            if (gold.share(p) < SAME && !new GoldText(List.of(story.title())).coversAll(p)) {
                c[1]++;
                leaked.merge(portal + " | " + shorten(p), 1, Integer::sum);
            }
        }
        GoldText got = new GoldText(published);
        for (String p : story.paragraphs()) {
            c[2]++;
            if (got.share(p) < SAME) {
                c[3]++;
            }
        }
    }

    public String toTable(int perPortal) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-32s %8s %14s %16s%n", "portal", "articles", "foreign paras",
                "story paras lost"));
        byPortal.forEach((p, c) -> sb.append(String.format(Locale.ROOT, "%-32s %8d %14d %9d of %4d%n", p, c[0], c[1],
                c[3], c[2])));
        sb.append(String.format(Locale.ROOT, "most published foreign paragraphs, %d per portal (times | portal | "
                + "text):%n", perPortal));
        List<Map.Entry<String, Integer>> list = new ArrayList<>(leaked.entrySet());
        list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> shown = new TreeMap<>();
        for (Map.Entry<String, Integer> e : list) {
            String portal = e.getKey().substring(0, e.getKey().indexOf(" | "));
            if (shown.merge(portal, 1, Integer::sum) <= perPortal) {
                sb.append(String.format(Locale.ROOT, "%5d | %s%n", e.getValue(), e.getKey()));
            }
        }
        return sb.toString();
    }

    private static String shorten(String p) {
        String one = p.replaceAll("\\s+", " ").strip();
        return one.length() > 110 ? one.substring(0, 107) + "..." : one;
    }
}
