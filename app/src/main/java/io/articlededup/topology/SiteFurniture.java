package io.articlededup.topology;

import org.apache.kafka.common.serialization.BytesSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one site's furniture is believed to be, read from the boilerplate stage's stores (on the instance
 * that owns the site's partition): each excerpt with the count and last sighting of its entry. Only
 * entries at or above K are listed: an excerpt outlives its entry's expiry by up to a sweep, and a
 * paragraph counted again from one after expiry has not yet been furniture again.
 */
public final class SiteFurniture {
    /** @param articles distinct stories up to K, then every article that carried it ({@link ParagraphSightings}) */
    public record Entry(String excerpt, boolean template, int articles, long lastSeen) {
    }

    /**
     * @param entries   the most stamped first, at most the limit asked
     * @param total     furniture entries found
     * @param truncated the scan stopped at its bound, so {@code total} is a lower bound
     */
    public record Listing(List<Entry> entries, int total, boolean truncated) {
    }

    private static final Comparator<Entry> MOST_STAMPED = Comparator.comparingInt(Entry::articles).reversed()
            .thenComparing(Comparator.comparingLong(Entry::lastSeen).reversed())
            .thenComparing(Entry::excerpt);

    private SiteFurniture() {
    }

    /** Reads at most {@code maxScanned} excerpts of the source; returns the {@code limit} most stamped. */
    public static Listing read(ReadOnlyKeyValueStore<Bytes, BoilerplateExcerpt> excerpts,
                               ReadOnlyKeyValueStore<Bytes, ParagraphSightings> sightings, String source,
                               int threshold, int limit, int maxScanned) {
        byte[] prefix = ParagraphSightingsStore.sourceBytes(source);
        List<Entry> found = new ArrayList<>();
        int scanned = 0;
        boolean truncated = false;
        try (KeyValueIterator<Bytes, BoilerplateExcerpt> it = excerpts.prefixScan(Bytes.wrap(prefix), new BytesSerializer())) {
            while (it.hasNext()) {
                if (scanned++ == maxScanned) {
                    truncated = true;
                    break;
                }
                KeyValue<Bytes, BoilerplateExcerpt> e = it.next();
                if (!ParagraphSightingsStore.isKeyOf(e.key, prefix)) {
                    continue;
                }
                ParagraphSightings s = sightings.get(e.key);
                if (s != null && s.isBoilerplate(threshold)) {
                    found.add(new Entry(e.value.text(), e.value.template(), s.articles(), s.lastSeen()));
                }
            }
        }
        found.sort(MOST_STAMPED);
        return new Listing(List.copyOf(found.subList(0, Math.min(limit, found.size()))), found.size(), truncated);
    }
}
