package io.articlededup.topology;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.ByteBuffer;

/**
 * The articles a band value points at in one time bucket: their 8-byte references, back to back, no
 * header. The index holds up to 20 such values per retained article, so every byte counts 20 times; the
 * state format version (app.StateFormatMarker) covers the layout.
 */
final class ArticleRefsSerde implements Serde<long[]> {
    @Override
    public Serializer<long[]> serializer() {
        return (topic, refs) -> {
            if (refs == null) {
                return null;
            }
            ByteBuffer out = ByteBuffer.allocate(refs.length * Long.BYTES);
            for (long ref : refs) {
                out.putLong(ref);
            }
            return out.array();
        };
    }

    @Override
    public Deserializer<long[]> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length % Long.BYTES != 0) {
                throw new SerializationException("band-index value of " + bytes.length
                        + " bytes is not a list of 8-byte article references: state written by another release");
            }
            long[] refs = new long[bytes.length / Long.BYTES];
            ByteBuffer.wrap(bytes).asLongBuffer().get(refs);
            return refs;
        };
    }
}
