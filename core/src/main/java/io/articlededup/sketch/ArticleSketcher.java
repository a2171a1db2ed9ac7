package io.articlededup.sketch;

import java.util.List;
import java.util.Objects;

/**
 * Turns an article's cleaned paragraphs into an {@link ArticleSketch}. Immutable and thread-safe; one
 * instance can serve all stream threads.
 *
 * <p>Pipeline: NFKC + lower case + word split ({@link TextTokenizer}); word shingles, or character
 * shingles for {@link ShingleMode#CHARACTERS} and for text mostly in scripts without spaces
 * ({@link Shingler}); one-permutation MinHash with optimal densification ({@link OnePermutationMinHash});
 * LSH band hashes ({@link LshBands}). Text with fewer elements than the shingle size gives one shingle of
 * all of them; text without letters or digits gives {@code shingleCount == 0} (see {@link ArticleSketch}).
 */
public final class ArticleSketcher {
    private final SketchConfig config;
    private final TextTokenizer tokenizer;
    private final Shingler shingler;
    private final OnePermutationMinHash minHash;
    private final LshBands bands;

    public ArticleSketcher(SketchConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.tokenizer = new TextTokenizer(config.seed());
        this.shingler = new Shingler(config.shingleSize(), config.seed());
        this.minHash = new OnePermutationMinHash(config.numHashes(), config.seed());
        this.bands = new LshBands(config.bands(), config.rows(), config.seed());
    }

    public SketchConfig config() {
        return config;
    }

    public ArticleSketch sketch(List<String> paragraphs) {
        return sketchShingles(shingles(paragraphs));
    }

    /** The shingle hashes of an article (one per window position), e.g. for exact Jaccard in evaluation. */
    public long[] shingles(List<String> paragraphs) {
        Objects.requireNonNull(paragraphs, "paragraphs");
        TextTokenizer.Elements e = tokenizer.elements(paragraphs, config.mode());
        return shingler.shingles(e.hashes(), e.count());
    }

    /** Whether the article would be shingled by characters (mode CHARACTERS, or auto-detected script). */
    public boolean usesCharacterShingles(List<String> paragraphs) {
        return tokenizer.elements(paragraphs, config.mode()).characters();
    }

    /** Signature and bands from precomputed shingle hashes (as returned by {@link #shingles(List)}). */
    public ArticleSketch sketchShingles(long[] shingles) {
        int[] signature = minHash.signature(shingles);
        return new ArticleSketch(signature, bands.bandHashes(signature), shingles.length);
    }
}
