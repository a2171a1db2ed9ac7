package io.articlededup.bench;

import io.articlededup.eval.RawEvents;
import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlededup.eval.html.AebSet;
import io.articlededup.eval.html.EvalPage;
import io.articlededup.eval.html.EvalSet;
import io.articlededup.eval.html.L3sSet;
import io.articlededup.eval.html.TrafilaturaSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static io.articlededup.bench.Progress.print;

/**
 * Real article pages as scrapers fetch them: every page of the trafilatura, L3S-GN1 and Scrapinghub AEB
 * sets found in the shared data folder ({@code -Dshared.data.dir}), decoded, in a seeded order. The
 * benchmarks time the production path on these rather than on made-up markup because the extractor's cost
 * follows the real pages' size and nesting (median 68 KB, a tenth above 240 KB, a few above 1 MB).
 */
public final class HtmlPages {
    private static final ObjectMapper JSON = EventJson.MAPPER;

    /** One page; {@code url} is empty where the set has none (L3S-GN1). */
    public record HtmlPage(String set, String id, String url, String html) {
    }

    private HtmlPages() {
    }

    /** Every page of the sets present, shuffled with {@code seed}; fails when no set is there. */
    public static List<HtmlPage> all(long seed) {
        List<HtmlPage> pages = new ArrayList<>();
        load(pages, TrafilaturaSet::new);
        load(pages, L3sSet::new);
        load(pages, AebSet::new);
        if (pages.isEmpty()) {
            throw new IllegalStateException("no page data set found under the shared data folder (set -Dshared.data.dir)");
        }
        Collections.shuffle(pages, new Random(seed));
        return pages;
    }

    /** The first {@code n} pages of {@link #all}: a seeded sample across the sets, in proportion to their sizes. */
    public static List<HtmlPage> sample(int n, long seed) {
        List<HtmlPage> all = all(seed);
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }

    private static void load(List<HtmlPage> out, Supplier<EvalSet<?>> set) {
        EvalSet<?> s;
        try {
            s = set.get();
        } catch (IllegalStateException e) {
            // a user's clone has no shared data: say which set is missing and go on with the others
            print("html pages: %s", e.getMessage());
            return;
        }
        long t0 = System.nanoTime();
        int before = out.size();
        try {
            for (EvalPage<?> p : s.load(0)) {
                out.add(new HtmlPage(s.name(), p.id(), p.url() == null ? "" : p.url(), p.html()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + s.name() + " pages", e);
        }
        print("html pages: %,d of %s (%.1f s)", out.size() - before, s.name(), (System.nanoTime() - t0) / 1e9);
    }

    /** A raw html event as a scraper writes it; no {@code url} field when the page has none. */
    public static byte[] rawEvent(String id, String url, String html) {
        try {
            return JSON.writeValueAsBytes(RawEvents.html(id, url, html, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
