package io.articlededup.topology;

import io.articlededup.topology.DuplicateCheckRecords.BandEntry;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BandEntrySerdeTest {
    private static final byte[] SKETCH = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    private final BandEntrySerde serde = new BandEntrySerde();

    private BandEntry roundTrip(BandEntry e) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", e));
    }

    private static void assertSame(BandEntry actual, BandEntry expected) {
        assertThat(actual.route()).isEqualTo(expected.route());
        assertThat(actual.pendingKey()).isEqualTo(expected.pendingKey());
        assertThat(actual.articleId()).isEqualTo(expected.articleId());
        assertThat(actual.eventTime()).isEqualTo(expected.eventTime());
        assertThat(actual.sketch()).isEqualTo(expected.sketch());
    }

    @Test
    void readsWhatItWritesWithAHexContentHashPackedToSixteenBytes() {
        BandEntry e = new BandEntry("www.example.co.uk",
                DuplicateCheckRecords.pendingKey("ca092f5ed25dbe1bb4457d2809ffec5c", "b-1234"), "b-1234",
                1_764_057_600_000L, SKETCH);
        assertSame(roundTrip(e), e);
        byte[] bytes = serde.serializer().serialize("t", e);
        byte[] smile = new SmileSerde<>(BandEntry.class).serializer().serialize("t", e);
        assertThat(bytes.length).isLessThan(smile.length / 2);
    }

    @Test
    void readsWhatItWritesWithAnyOtherContentHashAndUnicode() {
        BandEntry e = new BandEntry("新聞.example", DuplicateCheckRecords.pendingKey("not-hex", "é/1"), "é/1", 0,
                new byte[0]);
        assertSame(roundTrip(e), e);
    }

    @Test
    void refusesAnUnknownVersionAndATruncatedEntry() {
        byte[] bytes = serde.serializer().serialize("t", new BandEntry("s",
                DuplicateCheckRecords.pendingKey("ca092f5ed25dbe1bb4457d2809ffec5c", "id"), "id", 5, SKETCH));
        byte[] future = bytes.clone();
        future[0] = 9;
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", future))
                .isInstanceOf(SerializationException.class).hasMessageContaining("version 9");
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("truncated");
    }
}
