package io.articlededup.eval;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loaders for the base corpora in the shared data folder (see {@code ../shared/data/README.md}). Each loader
 * returns documents in a stable order and returns an empty list, with a log line, when its folder is missing.
 */
public final class Corpora {

    private static final Logger LOG = LoggerFactory.getLogger(Corpora.class);
    private static final ObjectMapper JSON = EventJson.MAPPER;

    private Corpora() {
    }

    /**
     * The shared data folder: system property {@code shared.data.dir}, else {@code ../shared/data} beside
     * the repository root, the nearest directory at or above the working directory that holds the Maven
     * wrapper (so the tools find it from the root and from a module directory alike), else
     * {@code ../shared/data} from the working directory.
     */
    public static Path defaultDataDir() {
        String configured = System.getProperty("shared.data.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("mvnw")) && d.getParent() != null) {
                return d.getParent().resolve("shared").resolve("data");
            }
        }
        return Path.of("../shared/data");
    }

    /** BBC News raw: {@code dataDir/bbc/bbc/<topic>/<n>.txt}, first line headline, blank-line paragraphs. */
    public static List<SourceDoc> bbc(Path dataDir) {
        Path root = dataDir.resolve("bbc").resolve("bbc");
        if (!Files.isDirectory(root)) {
            LOG.warn("BBC corpus not found at {}: skipping it", root.toAbsolutePath());
            return List.of();
        }
        List<SourceDoc> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 2)) {
            List<Path> txt = files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !p.getParent().equals(root))
                    .sorted()
                    .toList();
            for (Path f : txt) {
                String topic = f.getParent().getFileName().toString();
                String n = f.getFileName().toString().replaceFirst("\\.txt$", "");
                List<String> blocks = splitBlankLines(decode(Files.readAllBytes(f)));
                if (blocks.isEmpty()) {
                    continue;
                }
                // the headline is the first line; BBC files put a blank line after it
                String first = blocks.get(0);
                int nl = first.indexOf('\n');
                String title = nl < 0 ? first : first.substring(0, nl).trim();
                List<String> paras = new ArrayList<>();
                if (nl >= 0) {
                    paras.add(first.substring(nl + 1).trim());
                }
                paras.addAll(blocks.subList(1, blocks.size()));
                out.add(new SourceDoc("bbc", "bbc/" + topic + "/" + n, title, paras));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("BBC: {} documents from {}", out.size(), root);
        return out;
    }

    /**
     * The BBC natural exact-duplicate groups from {@code dataDir/bbc/exact_dup_groups.json} (a JSON array of
     * arrays of {@code "<topic>/<n>.txt"}), as lists of docIds ({@code bbc/<topic>/<n>}); empty if absent.
     */
    public static List<List<String>> bbcExactDupGroups(Path dataDir) {
        Path f = dataDir.resolve("bbc").resolve("exact_dup_groups.json");
        if (!Files.isRegularFile(f)) {
            LOG.warn("BBC duplicate groups not found at {}: skipping them", f.toAbsolutePath());
            return List.of();
        }
        try {
            List<List<String>> groups = new ArrayList<>();
            for (JsonNode g : JSON.readTree(f.toFile())) {
                List<String> ids = new ArrayList<>();
                for (JsonNode name : g) {
                    ids.add("bbc/" + name.asText().replaceFirst("\\.txt$", ""));
                }
                groups.add(ids);
            }
            return groups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reuters-21578: {@code dataDir/reuters21578/reut2-000.sgm} to {@code reut2-013.sgm}, at most
     * {@code maxFiles} files; records without a body are skipped. See {@link ReutersSgml}.
     */
    public static List<SourceDoc> reuters(Path dataDir, int maxFiles) {
        Path root = dataDir.resolve("reuters21578");
        if (!Files.isDirectory(root)) {
            LOG.warn("Reuters-21578 corpus not found at {}: skipping it", root.toAbsolutePath());
            return List.of();
        }
        List<SourceDoc> out = new ArrayList<>();
        for (int i = 0; i < Math.min(maxFiles, 100); i++) {
            Path f = root.resolve(String.format("reut2-%03d.sgm", i));
            if (!Files.isRegularFile(f)) {
                break;
            }
            try {
                out.addAll(ReutersSgml.parse(decode(Files.readAllBytes(f))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        LOG.info("Reuters: {} documents with a body from {}", out.size(), root);
        return out;
    }

    /**
     * Scrapinghub article-extraction-benchmark: {@code dataDir/scrapinghub-aeb/ground-truth.json}, sorted by id.
     * The ground truth has no headline, so the title is taken from the page ({@code html/<id>.html.gz}:
     * {@code og:title}, else {@code <title>}), else made from the URL's last path segment.
     */
    public static List<SourceDoc> scrapinghub(Path dataDir) {
        Path root = dataDir.resolve("scrapinghub-aeb");
        Path gt = root.resolve("ground-truth.json");
        if (!Files.isRegularFile(gt)) {
            LOG.warn("scrapinghub-aeb ground truth not found at {}: skipping it", gt.toAbsolutePath());
            return List.of();
        }
        Map<String, JsonNode> byId = new TreeMap<>();
        try {
            JsonNode tree = JSON.readTree(gt.toFile());
            for (Map.Entry<String, JsonNode> e : tree.properties()) {
                byId.put(e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SourceDoc> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : byId.entrySet()) {
            String url = e.getValue().path("url").asText("");
            List<String> paras = splitBlankLines(e.getValue().path("articleBody").asText(""));
            if (paras.isEmpty()) {
                continue;
            }
            String title = titleFromHtml(root.resolve("html").resolve(e.getKey() + ".html.gz"), url);
            out.add(new SourceDoc("scrapinghub", "scrapinghub/" + e.getKey(), title, paras));
        }
        LOG.info("scrapinghub-aeb: {} documents from {}", out.size(), root);
        return out;
    }

    /** The url of a scrapinghub document, keyed by docId (needed to keep the real host in the demo). */
    public static Map<String, String> scrapinghubUrls(Path dataDir) {
        Path gt = dataDir.resolve("scrapinghub-aeb").resolve("ground-truth.json");
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(gt)) {
            return out;
        }
        try {
            JSON.readTree(gt.toFile()).properties()
                    .forEach(e -> out.put("scrapinghub/" + e.getKey(), e.getValue().path("url").asText("")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Splits on blank lines; trims blocks and drops empty ones. Internal single newlines are kept. */
    static List<String> splitBlankLines(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String t = block.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * UTF-8, falling back to ISO-8859-1 when the bytes are not valid UTF-8: every BBC file is UTF-8 but one
     * ({@code sport/199.txt} writes the pound sign as the single byte {@code 0xA3}); Reuters is plain ASCII.
     */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String titleFromHtml(Path htmlGz, String url) {
        if (Files.isRegularFile(htmlGz)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(htmlGz))) {
                Document doc = Jsoup.parse(in, null, url);
                Element og = doc.selectFirst("meta[property=og:title]");
                String t = og != null ? og.attr("content").strip() : "";
                if (t.isEmpty()) {
                    t = doc.title().strip();
                }
                if (!t.isEmpty()) {
                    return TextKeys.oneLine(t);
                }
            } catch (IOException e) {
                LOG.debug("cannot read {}: {}", htmlGz, e.toString());
            }
        }
        return titleFromUrl(url);
    }

    static String titleFromUrl(String url) {
        try {
            String path = URI.create(url).getPath();
            String[] segs = path == null ? new String[0] : path.split("/");
            for (int i = segs.length - 1; i >= 0; i--) {
                String s = segs[i].replaceFirst("\\.[a-z]+$", "");
                if (s.chars().filter(Character::isLetter).count() >= 8) {
                    String words = s.replaceAll("[-_]+", " ").trim();
                    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
                }
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        return url;
    }
}
