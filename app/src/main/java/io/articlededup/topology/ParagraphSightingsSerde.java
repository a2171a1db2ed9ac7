package io.articlededup.topology;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * Binary form of {@link ParagraphSightings} for the boilerplate store and its changelog. There is one entry
 * per retained paragraph, so its size is multiplied by millions: Smile spent ~50 bytes on ~17 bytes of data
 * (header, field names, type tokens); this layout spends 18 on a paragraph seen once.
 *
 * <p>Version 1, in this order: the version byte; the article count as an unsigned varint (one byte below
 * 128: distinct stories up to K, every article after, see {@link ParagraphSightings}); lastSeen, 8 bytes big-endian epoch ms; then the story keys, 8 bytes each, to
 * the end. Any other version is refused rather than guessed at: bytes of another format read as sightings
 * would silently mislearn a site's boilerplate.
 */
public final class ParagraphSightingsSerde implements Serde<ParagraphSightings> {
    static final byte VERSION = 1;

    @Override
    public Serializer<ParagraphSightings> serializer() {
        return (topic, value) -> value == null ? null : write(value);
    }

    @Override
    public Deserializer<ParagraphSightings> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(ParagraphSightings s) {
        if (s.articles() < 0) {
            throw new SerializationException("negative story count " + s.articles());
        }
        ByteBuffer b = ByteBuffer.allocate(1 + varintSize(s.articles()) + Long.BYTES * (1 + s.contents().length));
        b.put(VERSION);
        putVarint(b, s.articles());
        b.putLong(s.lastSeen());
        for (long story : s.contents()) {
            b.putLong(story);
        }
        return b.array();
    }

    static ParagraphSightings read(byte[] bytes) {
        if (bytes.length == 0 || bytes[0] != VERSION) {
            throw new SerializationException("boilerplate sightings: unknown format version "
                    + (bytes.length == 0 ? "(empty value)" : Byte.toUnsignedInt(bytes[0]))
                    + (SmileSerde.isSmile(bytes) ? " (Smile, written before the binary format)" : "")
                    + "; this version reads only version " + VERSION + ": reset the application's state");
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
            int articles = getVarint(b);
            long lastSeen = b.getLong();
            if (b.remaining() % Long.BYTES != 0) {
                throw new SerializationException("boilerplate sightings: " + b.remaining() + " trailing bytes");
            }
            long[] stories = new long[b.remaining() / Long.BYTES];
            for (int i = 0; i < stories.length; i++) {
                stories[i] = b.getLong();
            }
            return new ParagraphSightings(articles, lastSeen, stories);
        } catch (BufferUnderflowException e) {
            throw new SerializationException("boilerplate sightings: truncated (" + bytes.length + " bytes)", e);
        }
    }

    private static int varintSize(int v) {
        int n = 1;
        while ((v >>>= 7) != 0) {
            n++;
        }
        return n;
    }

    private static void putVarint(ByteBuffer b, int v) {
        while ((v & ~0x7F) != 0) {
            b.put((byte) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        b.put((byte) v);
    }

    private static int getVarint(ByteBuffer b) {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            byte next = b.get();
            v |= (next & 0x7F) << shift;
            if (next >= 0) {
                return v;
            }
        }
        throw new SerializationException("boilerplate sightings: story count longer than 5 bytes");
    }
}
