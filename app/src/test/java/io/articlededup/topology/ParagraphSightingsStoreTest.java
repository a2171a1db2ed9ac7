package io.articlededup.topology;

import org.apache.kafka.common.utils.Bytes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.articlededup.topology.ParagraphSightingsStore.hourOf;
import static io.articlededup.topology.ParagraphSightingsStore.indexKey;
import static org.assertj.core.api.Assertions.assertThat;

class ParagraphSightingsStoreTest {
    private static final long NOW = Instant.parse("2026-11-25T08:20:00Z").toEpochMilli();
    private static final long RETENTION = Duration.ofDays(3).toMillis();
    private static final byte[] SITE = ParagraphSightingsStore.sourceBytes("daily.example");
    private static final java.util.function.BiConsumer<Bytes, ParagraphSightings> IGNORED = (key, expired) -> { };

    private final BoilerplateStores stores = new BoilerplateStores();
    private final ParagraphSightingsStore store = stores.store();

    private Bytes add(long hash, long lastSeen) {
        Bytes key = ParagraphSightingsStore.key(SITE, hash);
        store.put(key, store.get(key), ParagraphSightings.first(hash, lastSeen));
        return key;
    }

    @Test
    void theSweepReadsOnlyTheEntriesThatExpire() {
        List<Bytes> live = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            live.add(add(i, NOW - Duration.ofHours(i % 70).toMillis()));
        }
        for (int i = 0; i < 25; i++) {
            add(100_000 + i, NOW - RETENTION - Duration.ofHours(2 + i % 5).toMillis());
        }
        stores.resetCounts();

        assertThat(store.expire(NOW - RETENTION, 50_000, IGNORED)).isEqualTo(25);

        // 25 index entries read and 25 sightings looked up, out of 2,025 of each
        assertThat(stores.iterated).isEqualTo(25);
        assertThat(stores.gets).isEqualTo(25);
        assertThat(BoilerplateStores.keys(stores.sightings)).containsExactlyInAnyOrderElementsOf(live);
        assertThat(BoilerplateStores.keys(stores.byTime)).hasSize(live.size());
        stores.resetCounts();
        assertThat(store.expire(NOW - RETENTION + 1_000, 50_000, IGNORED)).isZero();
        assertThat(stores.iterated + stores.gets).isZero();
    }

    @Test
    void anEntryIsIndexedUnderTheHourItWasLastSeenAndMovesWhenSeenLater() {
        Bytes key = add(1, NOW - RETENTION - Duration.ofHours(5).toMillis());
        ParagraphSightings old = store.get(key);
        store.put(key, old, old.seenBy(2, NOW, 5));

        assertThat(BoilerplateStores.keys(stores.byTime)).containsExactly(indexKey(hourOf(NOW), key));
        assertThat(store.expire(NOW - RETENTION, 50_000, IGNORED)).isZero();
        assertThat(store.get(key).articles()).isEqualTo(2);
    }

    @Test
    void anEntryLastSeenInTheCutoffsHourWaitsForTheNextHour() {
        long cutoff = NOW - RETENTION;
        Bytes key = add(1, cutoff - 1);
        assertThat(hourOf(cutoff - 1)).isEqualTo(hourOf(cutoff));

        assertThat(store.expire(cutoff, 50_000, IGNORED)).isZero();
        assertThat(store.expire(cutoff + ParagraphSightingsStore.HOUR_MS, 50_000, IGNORED)).isEqualTo(1);
        assertThat(store.get(key)).isNull();
    }

    @Test
    void aNewInstanceOverTheSameStoresExpiresWhatAnotherWrote() {
        add(1, NOW - RETENTION - Duration.ofHours(30).toMillis());
        assertThat(store.expire(NOW - RETENTION, 50_000, IGNORED)).isEqualTo(1);
        Bytes before = add(2, NOW - RETENTION - Duration.ofHours(2).toMillis());
        Bytes kept = add(3, NOW);

        // a restart or task migration: the stores are restored, the instance and its memory are new
        ParagraphSightingsStore restarted = stores.store();
        assertThat(restarted.expire(NOW - RETENTION, 50_000, IGNORED)).isEqualTo(1);
        assertThat(restarted.get(before)).isNull();
        assertThat(BoilerplateStores.keys(stores.sightings)).containsExactly(kept);
    }

    @Test
    void aLateEntryFiledUnderAnHourAlreadySweptIsStillExpired() {
        assertThat(store.expire(NOW - RETENTION, 50_000, IGNORED)).isZero();
        Bytes late = add(1, NOW - RETENTION - Duration.ofDays(1).toMillis());

        assertThat(store.expire(NOW - RETENTION, 50_000, IGNORED)).isEqualTo(1);
        assertThat(store.get(late)).isNull();
        assertThat(BoilerplateStores.keys(stores.byTime)).isEmpty();
    }

    @Test
    void anIndexEntryUnderAnHourThatIsNotItsOwnIsRefiledNotLost() {
        Bytes key = add(1, NOW);
        // e.g. left by an index of another hour length: filed under an old hour, yet seen now
        stores.byTime.put(indexKey(hourOf(NOW - RETENTION) - 10, key), new byte[0]);

        assertThat(store.expire(NOW - RETENTION, 50_000, IGNORED)).isEqualTo(1);
        assertThat(store.get(key)).isNotNull();
        assertThat(BoilerplateStores.keys(stores.byTime)).containsExactly(indexKey(hourOf(NOW), key));
        assertThat(store.expire(NOW + RETENTION, 50_000, IGNORED)).isEqualTo(1);
        assertThat(BoilerplateStores.keys(stores.sightings)).isEmpty();
    }

    @Test
    void oneSweepVisitsAtMostTheLimitAndTheNextGoesOn() {
        for (int i = 0; i < 10; i++) {
            add(i, NOW - RETENTION - Duration.ofHours(10 - i).toMillis());
        }
        assertThat(store.expire(NOW - RETENTION, 4, IGNORED)).isEqualTo(4);
        assertThat(BoilerplateStores.keys(stores.sightings)).hasSize(6);
        assertThat(store.expire(NOW - RETENTION, 4, IGNORED)).isEqualTo(4);
        assertThat(store.expire(NOW - RETENTION, 4, IGNORED)).isEqualTo(2);
        assertThat(BoilerplateStores.keys(stores.sightings)).isEmpty();
        assertThat(BoilerplateStores.keys(stores.byTime)).isEmpty();
    }

    @Test
    void keysAreTheSourceAndTheRawHash() {
        assertThat(ParagraphSightingsStore.key(SITE, 0x0102030405060708L).get())
                .hasSize(SITE.length + 8).startsWith(SITE).endsWith(1, 2, 3, 4, 5, 6, 7, 8);
    }
}
