package io.articlededup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The invented news sites that republish stories in generated streams, with the boilerplate each stamps on its
 * pages. Hosts use the reserved {@code .example} top-level domain (RFC 2606), so they can never be real sites.
 */
public final class FakeSites {

    /** One invented site: host (as in {@code source}), display name, and its 2-3 boilerplate paragraphs. */
    public record Site(String host, String name, List<String> boilerplate) {
        public String url(String slug) {
            return "https://www." + host + "/news/" + slug;
        }
    }

    private static final String[] NAMES = {
        "Northgate Times", "Riverside Courier", "Harbour Daily", "Midland Ledger", "Summit Gazette",
        "Lakeshore Post", "Eastfield Herald", "Westbrook Chronicle", "Pinecrest Tribune", "Bayview Observer",
        "Granite Journal", "Silver Valley News",
    };

    /** Boilerplate templates; {name} is the site name. Each site gets 2 or 3 of them (footer, newsletter...). */
    private static final String[] TEMPLATES = {
        "Sign up for the {name} morning briefing: the day's top stories, delivered to your inbox before 7am.",
        "Copyright {year} {name}. All rights reserved. This material may not be published, broadcast, rewritten "
                + "or redistributed without permission.",
        "Follow {name} on Facebook, X and Instagram for breaking news and live updates throughout the day.",
        "Have a news tip? Contact the {name} newsroom at tips@{host} or call our 24-hour news desk.",
        "{name} is supported by readers like you. Subscribe today for unlimited access to local journalism.",
        "Read more: the latest headlines, analysis and opinion from the {name} editorial team.",
    };

    /** Bylines put in front of a syndicated copy. */
    static final String[] BYLINES = {
        "By Jane Doe, Staff Writer", "By John Smith, Senior Correspondent", "By Maria Garcia, Business Editor",
        "By Ahmed Khan, Political Reporter", "By Lucy Chen, Technology Correspondent",
        "By Tom O'Neill, Sports Writer",
    };

    /** Agency/dateline prefixes put in front of a syndicated copy's first paragraph. */
    static final String[] DATELINES = {"(AP) - ", "LONDON (Reuters) - ", "NEW YORK (AFP) - ", "WASHINGTON (AP) - "};

    /** Lone UI lines a scraper picks up around an article body. */
    static final String[] UI_LINES = {"comments", "Share", "Advertisement", "12 Comments", "Share this article",
        "Comments", "Advertisement", "3 Comments"};

    private FakeSites() {
    }

    /** {@code count} sites (at most 12); boilerplate choice seeded by {@code rnd}. */
    public static List<Site> create(int count, SplittableRandom rnd) {
        List<Site> out = new ArrayList<>();
        for (int i = 0; i < Math.min(count, NAMES.length); i++) {
            String name = NAMES[i];
            String host = name.toLowerCase().replace(' ', '-') + ".example";
            int m = 2 + rnd.nextInt(2);
            List<Integer> picks = new ArrayList<>();
            while (picks.size() < m) {
                int t = rnd.nextInt(TEMPLATES.length);
                if (!picks.contains(t)) {
                    picks.add(t);
                }
            }
            List<String> bp = new ArrayList<>();
            for (int t : picks) {
                bp.add(TEMPLATES[t].replace("{name}", name).replace("{host}", host).replace("{year}", "2024"));
            }
            out.add(new Site(host, name, List.copyOf(bp)));
        }
        return List.copyOf(out);
    }
}
