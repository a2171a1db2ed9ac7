package io.articlededup.eval.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The portals of an html stream: the sites with two or more pages in a page set, those with the most pages a
 * template could be made from first, taken in turn from each set so that both the 2008 pages of L3S-GN1 and
 * the recent ones of AEB serve.
 */
public final class Portals {

    /** What making templates from the pages gave. */
    public record Made(List<Portal> portals, int pages, int templates, Map<String, Integer> rejected) {
    }

    /** A site is a portal when the set holds at least this many of its pages: its stories then vary in layout. */
    static final int MIN_PAGES = 2;

    private Portals() {
    }

    public static Made choose(List<List<GoldPage>> sets, int count) {
        Map<String, Integer> rejected = new TreeMap<>();
        List<List<Portal>> bySet = new ArrayList<>();
        int pages = 0;
        int templates = 0;
        for (List<GoldPage> set : sets) {
            Map<String, List<Template>> byHost = new TreeMap<>();
            String name = set.isEmpty() ? "" : set.get(0).set();
            Map<String, Integer> pagesOf = new TreeMap<>();
            set.forEach(p -> pagesOf.merge(p.host(), 1, Integer::sum));
            for (GoldPage p : set) {
                if (pagesOf.get(p.host()) < MIN_PAGES) {
                    continue;
                }
                pages++;
                TemplateMaker.Result r = TemplateMaker.make(p);
                if (r.template() == null) {
                    rejected.merge(r.rejected(), 1, Integer::sum);
                } else {
                    templates++;
                    byHost.computeIfAbsent(p.host(), h -> new ArrayList<>()).add(r.template());
                }
            }
            List<Portal> portals = new ArrayList<>();
            byHost.forEach((host, ts) -> portals.add(new Portal(host, name, ts)));
            // most pages first: a portal whose stories use several real pages is the closer to a real site
            portals.sort(Comparator.comparingInt((Portal p) -> -p.templates().size()).thenComparing(Portal::host));
            bySet.add(portals);
        }
        List<Portal> out = new ArrayList<>();
        for (int i = 0; out.size() < count; i++) {
            boolean any = false;
            for (List<Portal> ps : bySet) {
                if (i < ps.size() && out.size() < count) {
                    out.add(ps.get(i));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return new Made(out, pages, templates, rejected);
    }
}
