package io.articlededup.eval.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The extractors the harness knows, by name, in report order. */
public final class Extractors {

    private Extractors() {
    }

    public static Map<String, PageExtractor> available() {
        Map<String, PageExtractor> all = new LinkedHashMap<>();
        for (PageExtractor e : List.of(
                new ArticleDedupExtractor(),
                new ArticleDedupExtractor(false),
                new Readability4JExtractor(Readability4JExtractor.Variant.PLAIN),
                new Readability4JExtractor(Readability4JExtractor.Variant.EXTENDED),
                new BoilerpipeExtractor(),
                new RawTextExtractor(),
                new RawHtmlExtractor())) {
            all.put(e.name(), e);
        }
        return all;
    }

    /** Resolves a comma-separated selection; unknown names are an error so a typo is not a silent skip. */
    public static List<PageExtractor> select(String names) {
        Map<String, PageExtractor> all = available();
        if (names == null || names.isBlank() || names.equals("all")) {
            return new ArrayList<>(all.values());
        }
        List<PageExtractor> chosen = new ArrayList<>();
        for (String name : names.split(",")) {
            PageExtractor e = all.get(name.strip());
            if (e == null) {
                throw new IllegalArgumentException("unknown or unavailable extractor '" + name.strip()
                        + "'; available: " + String.join(",", all.keySet()));
            }
            chosen.add(e);
        }
        return chosen;
    }
}
