package io.articlededup.sketch;

import io.articlededup.testdata.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the research-use corpora in place from {@code ../shared/data} (system property
 * {@code shared.data.dir}, set by the pom). Nothing is copied into the repository.
 */
final class RealCorpus {
    /** One article: where it came from, a group label (BBC topic or Reuters title), its paragraphs. */
    record Article(String id, String group, String title, List<String> paragraphs) {
    }

    private RealCorpus() {
    }

    static Path dataDir() {
        return SharedData.dir();
    }

    static Path bbcDir() {
        return dataDir().resolve("bbc").resolve("bbc");
    }

    static Path reutersDir() {
        return dataDir().resolve("reuters21578");
    }

    /** BBC News: first line the headline, paragraphs separated by blank lines; sorted by path. */
    static List<Article> bbc() {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(bbcDir())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = decode(Files.readAllBytes(f)).replace("\r", "");
                String[] lines = text.split("\n", 2);
                List<String> paragraphs = new ArrayList<>();
                if (lines.length > 1) {
                    for (String p : lines[1].split("\n\\s*\n")) {
                        if (!p.isBlank()) {
                            paragraphs.add(p.strip());
                        }
                    }
                }
                Path rel = bbcDir().relativize(f);
                out.add(new Article(rel.toString(), rel.getName(0).toString(), lines[0].strip(), paragraphs));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static final Pattern REUTERS = Pattern.compile(
            "<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern TOPIC = Pattern.compile("<TOPICS><D>(.*?)</D>");
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);

    /** Reuters-21578 records with a BODY; paragraphs are the indented lines of the wire text. */
    static List<Article> reuters() {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(reutersDir())) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList()) {
                String sgml = decode(Files.readAllBytes(f));
                Matcher m = REUTERS.matcher(sgml);
                while (m.find()) {
                    Matcher body = BODY.matcher(m.group(2));
                    if (!body.find()) {
                        continue;
                    }
                    Matcher title = TITLE.matcher(m.group(2));
                    String t = title.find() ? unescape(title.group(1)).strip() : "";
                    List<String> paragraphs = new ArrayList<>();
                    for (String p : unescape(body.group(1)).split("\n {2,}")) {
                        String clean = p.replaceAll("\\s+", " ").strip();
                        if (!clean.isEmpty() && !clean.equals("Reuter")) {
                            paragraphs.add(clean);
                        }
                    }
                    Matcher topic = TOPIC.matcher(m.group(2));
                    String group = topic.find() ? topic.group(1) : "";
                    out.add(new Article("reuters/" + m.group(1), group, t, paragraphs));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static int wordCount(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += (int) Arrays.stream(p.split("\\s+")).filter(s -> !s.isEmpty()).count();
        }
        return n;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("&#\\d+;", " ");
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
