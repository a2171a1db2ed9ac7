package io.articlededup.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the demo sample set {@code tools/src/main/resources/samples/articles.jsonl}: the seed page first, then
 * articles from the MIT-licensed scrapinghub article-extraction-benchmark with re-scrapes, exact copies and
 * syndicated near-copies mixed in. Each line carries {@code _expected} (unique | exact_duplicate |
 * near_duplicate) and, for duplicates, {@code _expected_duplicate_of}.
 *
 * <pre>./mvnw -q -DskipTests -DskipITs install && ./mvnw -q -pl tools exec:java -Dexec.mainClass=io.articlededup.eval.SampleSetWriter \
 *     -Dexec.args="../shared/data ../shared/seed/scraped-article-rafah.txt tools/src/main/resources/samples/articles.jsonl"</pre>
 *
 * Arguments (all optional, these are the defaults): data folder, seed page, output file.
 */
public final class SampleSetWriter {

    static final long SEED = 20240331L;
    static final int ORIGINALS = 26;
    static final int RESCRAPES = 5;
    static final int EXACT_COPIES = 5;
    static final int SYNDICATED = 3;
    static final String SEED_URL = "https://www.axios.com/2024/03/31/us-israel-virtual-meeting-rafah";
    static final Instant START = Instant.parse("2024-03-31T12:00:00Z");

    private SampleSetWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path seed = Path.of(args.length > 1 ? args[1] : "../shared/seed/scraped-article-rafah.txt");
        Path out = Path.of(args.length > 2 ? args[2] : "tools/src/main/resources/samples/articles.jsonl");
        List<ObjectNode> events = events(data, seed);
        write(events, out);
        System.out.println("wrote " + events.size() + " events to " + out);
    }

    static void write(List<ObjectNode> events, Path out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ObjectNode e : events) {
            sb.append(RawEvents.JSON.writeValueAsString(e)).append('\n');
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, sb, StandardCharsets.UTF_8);
    }

    /** The sample events, in publication order. */
    static List<ObjectNode> events(Path dataDir, Path seedFile) throws IOException {
        List<SourceDoc> docs = new ArrayList<>(Corpora.scrapinghub(dataDir));
        if (docs.isEmpty()) {
            throw new IllegalStateException("scrapinghub-aeb data not found under " + dataDir);
        }
        Map<String, String> urls = Corpora.scrapinghubUrls(dataDir);
        // articles with a real body: 4+ paragraphs and 150+ words (the benchmark has some teaser-only pages)
        docs.removeIf(d -> d.paragraphs().size() < 4 || d.wordCount() < 150);
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int i = docs.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            SourceDoc t = docs.get(i);
            docs.set(i, docs.get(j));
            docs.set(j, t);
        }
        List<ObjectNode> out = new ArrayList<>();
        String seedText = Files.readString(seedFile, StandardCharsets.UTF_8);
        ObjectNode seed = RawEvents.JSON.createObjectNode();
        seed.put("id", "sample-001");
        seed.put("url", SEED_URL);
        seed.put("source", "axios.com");
        seed.put("title", seedText.lines().findFirst().orElse("").strip());
        seed.put("body", seedText);
        seed.put("published_at", START.toString());
        seed.put("_expected", Kinds.UNIQUE);
        out.add(seed);

        List<FakeSites.Site> sites = FakeSites.create(3, rnd);
        List<ObjectNode> originals = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        int dupes = RESCRAPES + EXACT_COPIES + SYNDICATED;
        for (int i = 0; i < ORIGINALS; i++) {
            SourceDoc d = docs.get(i);
            String url = urls.get(d.docId());
            List<String> paras = d.paragraphs().stream().map(TextKeys::oneLine).toList();
            Page page = new Page(RawEvents.host(url), url, d.title(), paras, List.of(), -1);
            ObjectNode o = RawEvents.create(id(out.size()), url, page.source(), page.title(), paras, i % 4 == 3,
                    time(out.size()));
            o.put("_expected", Kinds.UNIQUE);
            out.add(o);
            originals.add(o);
            pages.add(page);
            // after the first few originals, interleave one duplicate of an earlier article every other step
            if (i >= 4 && i % 2 == 0 && dupes > 0) {
                out.add(duplicate(dupes--, originals, pages, sites, rnd, out.size()));
            }
        }
        while (dupes > 0) {
            out.add(duplicate(dupes--, originals, pages, sites, rnd, out.size()));
        }
        originals.forEach(o -> o.remove("_copied"));
        return out;
    }

    /** Duplicate number {@code k} (counting down): syndicated first, then exact copies, then re-scrapes. */
    private static ObjectNode duplicate(int k, List<ObjectNode> originals, List<Page> pages,
                                        List<FakeSites.Site> sites, SplittableRandom rnd, int position) {
        boolean syndicated = k > RESCRAPES + EXACT_COPIES;
        // a different earlier article each time; syndicated copies prefer long articles (8+ paragraphs), so that
        // a byline and one dropped paragraph leave them clearly near-duplicates
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            if (!originals.get(i).has("_copied") && (!syndicated || pages.get(i).content().size() >= 8)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            for (int i = 0; i < originals.size(); i++) {
                candidates.add(i);
            }
        }
        int pick = candidates.get(rnd.nextInt(candidates.size()));
        originals.get(pick).put("_copied", true);
        ObjectNode orig = originals.get(pick);
        Page page = pages.get(pick);
        String id = id(position);
        ObjectNode e;
        if (syndicated) {
            // syndicated: a byline in front and the last paragraph dropped, on an invented site
            FakeSites.Site site = sites.get(k % sites.size());
            List<String> c = new ArrayList<>(page.content());
            c.add(0, FakeSites.BYLINES[k % FakeSites.BYLINES.length]);
            c.remove(c.size() - 1);
            e = RawEvents.create(id, site.url(Sites.slug(page.title(), position)), site.host(), page.title(), c,
                    false, time(position));
            e.put("_expected", Kinds.NEAR_DUPLICATE);
        } else if (k > RESCRAPES) {
            e = orig.deepCopy();
            e.remove("_copied");
            e.put("id", id);
            e.put("published_at", time(position).toString());
            e.put("_expected", Kinds.EXACT_DUPLICATE);
        } else {
            Page.Rendered r = Transformations.rescrape(page, rnd);
            e = RawEvents.create(id, page.url(), page.source(), page.title(), r.paragraphs(), true, time(position));
            e.put("_expected", Kinds.EXACT_DUPLICATE);
        }
        e.put("_expected_duplicate_of", orig.get("id").asText());
        return e;
    }

    private static String id(int position) {
        return String.format("sample-%03d", position + 1);
    }

    private static Instant time(int position) {
        return START.plusSeconds(60L * position);
    }
}
