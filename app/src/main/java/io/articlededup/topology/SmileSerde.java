package io.articlededup.topology;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.IOException;

/**
 * Jackson serde for the topology's internal records (repartition topics, stores, changelogs).
 *
 * <p>Writes Smile, Jackson's binary JSON: the same data model and annotations as JSON, but no text
 * tokenising or escaping, and field names written once per record are back-referenced. Reads both Smile
 * and JSON: a Smile document starts with the header {@code :)\n}, a JSON one with {@code {} (or
 * whitespace), so state and internal topics written by an earlier version (JSON) stay readable and a
 * rolling upgrade needs no reset. (A downgrade to a JSON-only version would not read Smile state.)
 */
public final class SmileSerde<T> implements Serde<T> {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    static final ObjectMapper SMILE = SmileMapper.builder(SmileFactory.builder()
                    .enable(SmileGenerator.Feature.WRITE_HEADER)
                    .enable(SmileGenerator.Feature.CHECK_SHARED_NAMES)
                    .disable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES)
                    .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Class<T> type;
    private final ObjectWriter writer;
    private final ObjectReader smileReader;
    private final ObjectReader jsonReader;

    public SmileSerde(Class<T> type) {
        this.type = type;
        this.writer = SMILE.writerFor(type);
        this.smileReader = SMILE.readerFor(type);
        this.jsonReader = MAPPER.readerFor(type);
    }

    /** True when the bytes start with the Smile header {@code :)\n}. */
    static boolean isSmile(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == ':' && bytes[1] == ')' && bytes[2] == '\n';
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                return writer.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new SerializationException("cannot serialise " + type.getSimpleName() + " for " + topic, e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return isSmile(bytes) ? smileReader.readValue(bytes) : jsonReader.readValue(bytes);
            } catch (IOException e) {
                throw new SerializationException("cannot read " + type.getSimpleName() + " from " + topic, e);
            }
        };
    }
}
