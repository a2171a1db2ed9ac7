package io.articlededup.bench;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The bench's raw articles with a known duplicate mix. Unique articles are random mixes of real
 * paragraphs (~3 KB); an exact duplicate re-sends an earlier article's text under a new id (and maybe
 * another site); a near duplicate drops one of its paragraphs and adds an intro line (Jaccard ~0.7-0.85).
 */
public final class ArticleGenerator extends BenchStream {
    static final int SOURCES = 40;
    private static final ObjectMapper JSON = EventJson.MAPPER;
    private static final int MEMORY = 20_000;
    private final List<String> pool;
    private final Random random;
    private final double dupShare;
    private final int[][] recent = new int[MEMORY][];
    private final String[] recentTitles = new String[MEMORY];
    private int remembered;

    /** @param dupShare share of exact + near duplicates, half each */
    public ArticleGenerator(List<String> pool, long seed, double dupShare) {
        this.pool = pool;
        this.random = new Random(seed);
        this.dupShare = dupShare;
    }

    @Override
    public byte[] next(String id) {
        double r = random.nextDouble();
        int[] paragraphs;
        String title;
        String intro = null;
        if (remembered > 0 && r < dupShare) {
            int pick = random.nextInt(Math.min(remembered, MEMORY));
            paragraphs = recent[pick];
            title = recentTitles[pick];
            if (r < dupShare / 2) {
                exact++;
            } else {
                near++;
                int drop = random.nextInt(paragraphs.length);
                int[] fewer = new int[paragraphs.length - 1];
                for (int i = 0, j = 0; i < paragraphs.length; i++) {
                    if (i != drop) {
                        fewer[j++] = paragraphs[i];
                    }
                }
                paragraphs = fewer;
                intro = "Updated " + (1 + random.nextInt(23)) + " hours ago, by staff reporter " + id + ".";
            }
        } else {
            List<Integer> chosen = new ArrayList<>();
            int chars = 0;
            while (chars < 2600 || chosen.size() < 3) {
                int p = random.nextInt(pool.size());
                chosen.add(p);
                chars += pool.get(p).length() + 1;
            }
            paragraphs = chosen.stream().mapToInt(Integer::intValue).toArray();
            String first = pool.get(paragraphs[0]);
            title = first.substring(0, Math.min(first.length(), 70)).replaceAll("\\s+\\S*$", "");
            recent[remembered % MEMORY] = paragraphs;
            recentTitles[remembered % MEMORY] = title;
            remembered++;
            uniques++;
        }
        StringBuilder body = new StringBuilder(3200);
        if (intro != null) {
            body.append(intro).append('\n');
        }
        for (int p : paragraphs) {
            body.append(pool.get(p)).append('\n');
        }
        return rawEvent(id, random.nextInt(SOURCES), title, body);
    }

    /** A raw event as the scraper writes it: id, url and source of site number {@code site}, title, body. */
    static byte[] rawEvent(String id, int site, String title, CharSequence body) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("url", "https://www.site" + site + ".example/news/" + id);
        n.put("source", "site" + site + ".example");
        n.put("title", title);
        n.put("body", body.toString());
        n.put("lang", "en");
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
