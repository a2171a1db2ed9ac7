package io.articlededup.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The base documents a stream is built from, with natural duplicate groups known in advance (docIds).
 *
 * @param docs                   base documents, in a stable order
 * @param knownDuplicateGroups   groups of docIds known to be the same story (the BBC exact-duplicate list)
 * @param urls                   real urls of documents that have one (scrapinghub), by docId; others get made-up urls
 */
public record BaseCorpus(List<SourceDoc> docs, List<List<String>> knownDuplicateGroups, Map<String, String> urls) {

    public BaseCorpus {
        docs = List.copyOf(docs);
        knownDuplicateGroups = List.copyOf(knownDuplicateGroups);
        urls = Map.copyOf(urls);
    }

    /** All three corpora from {@code dataDir} (BBC, all 14 Reuters files, scrapinghub), in that order. */
    public static BaseCorpus load(Path dataDir) {
        List<SourceDoc> docs = new ArrayList<>();
        docs.addAll(Corpora.bbc(dataDir));
        docs.addAll(Corpora.reuters(dataDir, 14));
        docs.addAll(Corpora.scrapinghub(dataDir));
        return new BaseCorpus(docs, Corpora.bbcExactDupGroups(dataDir), Corpora.scrapinghubUrls(dataDir));
    }

    public static BaseCorpus of(List<SourceDoc> docs) {
        return new BaseCorpus(docs, List.of(), Map.of());
    }
}
