package io.articlededup.sketch.bench;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import info.debatty.java.lsh.LSHMinHash;
import info.debatty.java.lsh.MinHash;
import io.articlededup.benchdata.BbcArticles;
import io.articlededup.sketch.ArticleSketch;
import io.articlededup.sketch.ArticleSketcher;
import io.articlededup.sketch.SketchConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second for one thread, on real BBC articles of 2-4 KB (read in place from
 * {@code bbc/bbc} of the shared data folder ({@code -Dshared.data.dir} or {@code ../shared/data}); synthetic text
 * with a printed warning when absent). Every benchmark produces k = 64 values for the same articles.
 *
 * <ul>
 *   <li>{@code oursFromText}: the whole pipeline, paragraphs to signature + 16 band hashes.</li>
 *   <li>{@code oursSignatureAndBands}: precomputed shingle hashes to signature + bands (OPH + densification).</li>
 *   <li>{@code altKIndependentHashes}: classic MinHash, k mixed hashes per shingle, + the same bands.</li>
 *   <li>{@code altHash4jSuperMinHash}, {@code altHash4jMinHash}: hash4j's similarity package (signature only).</li>
 *   <li>{@code peerJavaLsh}: info.debatty java-lsh 0.12 MinHash(64) signature + LSH 16 stages, from a
 *       precomputed {@code Set<Integer>} of shingles (the peer's input type).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class SketchBenchmark {
    private static final int K = 64;
    private static final int BANDS = 16;

    private List<List<String>> articles;
    private long[][] shingles;
    private List<Set<Integer>> shingleSets;
    private ArticleSketcher sketcher;
    private SimilarityHasher superMinHash;
    private SimilarityHasher hash4jMinHash;
    private MinHash peer;
    private LSHMinHash peerLsh;
    private long[] kSeeds;
    private int next;

    @Setup
    public void setup() throws IOException {
        articles = BbcArticles.paragraphs();
        sketcher = new ArticleSketcher(SketchConfig.defaults());
        shingles = new long[articles.size()][];
        shingleSets = new ArrayList<>();
        long chars = 0;
        long shingleTotal = 0;
        for (int i = 0; i < articles.size(); i++) {
            shingles[i] = sketcher.shingles(articles.get(i));
            Set<Integer> set = new HashSet<>();
            for (long s : shingles[i]) {
                set.add((int) (s >>> 33)); // non-negative int ids for the peer
            }
            shingleSets.add(set);
            chars += articles.get(i).stream().mapToInt(String::length).sum();
            shingleTotal += shingles[i].length;
        }
        System.out.printf("%n%d articles, mean %d chars, mean %d shingles%n", articles.size(),
                chars / articles.size(), shingleTotal / articles.size());
        SimilarityHashPolicy superPolicy = SimilarityHashing.superMinHash(K, 32);
        superMinHash = superPolicy.createHasher();
        hash4jMinHash = SimilarityHashing.minHash(K, 32).createHasher();
        peer = new MinHash(K, Integer.MAX_VALUE, 42L);
        peerLsh = new LSHMinHash(BANDS, 1 << 20, Integer.MAX_VALUE, 42L);
        kSeeds = new long[K];
        for (int i = 0; i < K; i++) {
            kSeeds[i] = mix(0x1234_5678L + i * 0x9E3779B97F4A7C15L);
        }
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1 == articles.size()) ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public ArticleSketch oursFromText() {
        return sketcher.sketch(articles.get(nextIndex()));
    }

    @Benchmark
    public ArticleSketch oursSignatureAndBands() {
        return sketcher.sketchShingles(shingles[nextIndex()]);
    }

    @Benchmark
    public int[] altKIndependentHashes() {
        long[] sh = shingles[nextIndex()];
        int[] sig = new int[K];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (long s : sh) {
            for (int i = 0; i < K; i++) {
                int v = (int) mix(s ^ kSeeds[i]);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < K / BANDS; r++) {
                h = mix(h * 31 + sig[b * (K / BANDS) + r]);
            }
            bands[b] = h;
        }
        return sig;
    }

    @Benchmark
    public byte[] altHash4jSuperMinHash() {
        long[] sh = shingles[nextIndex()];
        return superMinHash.compute(ElementHashProvider.ofValues(sh));
    }

    @Benchmark
    public byte[] altHash4jMinHash() {
        long[] sh = shingles[nextIndex()];
        return hash4jMinHash.compute(ElementHashProvider.ofValues(sh));
    }

    @Benchmark
    public int[] peerJavaLsh() {
        int[] sig = peer.signature(shingleSets.get(nextIndex()));
        return peerLsh.hashSignature(sig);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
