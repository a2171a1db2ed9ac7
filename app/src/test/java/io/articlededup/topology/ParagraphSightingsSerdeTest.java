package io.articlededup.topology;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParagraphSightingsSerdeTest {
    private final ParagraphSightingsSerde serde = new ParagraphSightingsSerde();

    private ParagraphSightings roundTrip(ParagraphSightings s) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", s));
    }

    @Test
    void readsWhatItWrites() {
        ParagraphSightings once = ParagraphSightings.first(-7L, 1_790_000_000_123L);
        ParagraphSightings thrice = once.seenBy(Long.MAX_VALUE, 1_790_000_100_000L, 5).seenBy(Long.MIN_VALUE, 5L, 5);
        ParagraphSightings saturated = new ParagraphSightings(300, -1L, new long[0]);
        for (ParagraphSightings s : new ParagraphSightings[] {once, thrice, saturated}) {
            ParagraphSightings back = roundTrip(s);
            assertThat(back.articles()).isEqualTo(s.articles());
            assertThat(back.lastSeen()).isEqualTo(s.lastSeen());
            assertThat(back.contents()).containsExactly(s.contents());
        }
        assertThat(thrice.contents()).hasSize(3);
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void aParagraphSeenOnceTakes18Bytes() {
        // version, count, lastSeen, one story key; Smile took 47 (53 with a full-width story hash)
        assertThat(serde.serializer().serialize("t", ParagraphSightings.first(42, 1_790_000_000_000L))).hasSize(18);
        assertThat(new SmileSerde<>(ParagraphSightings.class).serializer()
                .serialize("t", ParagraphSightings.first(42, 1_790_000_000_000L)).length).isGreaterThan(40);
    }

    @Test
    void refusesAnotherVersionAndTheSmileFormatBeforeIt() {
        byte[] bytes = serde.serializer().serialize("t", ParagraphSightings.first(1, 2));
        bytes[0] = 2;
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown format version 2");
        byte[] smile = new SmileSerde<>(ParagraphSightings.class).serializer()
                .serialize("t", ParagraphSightings.first(1, 2));
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", smile))
                .isInstanceOf(SerializationException.class).hasMessageContaining("Smile");
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[0]))
                .isInstanceOf(SerializationException.class).hasMessageContaining("empty");
    }

    @Test
    void refusesTruncatedOrRaggedEntries() {
        byte[] bytes = serde.serializer().serialize("t", ParagraphSightings.first(1, 2));
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", Arrays.copyOf(bytes, 6)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", Arrays.copyOf(bytes, bytes.length + 3)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("trailing");
    }
}
