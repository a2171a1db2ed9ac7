package io.articlededup.topology;

import io.articlededup.topology.DuplicateCheckRecords.BandEntry;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The band index's article entries ({@code band-index-articles}, one per article and index task; see
 * {@link BandIndex}) in a fixed binary layout: Smile repeated five field names and the pending key's
 * content hash as 32 hex characters in every entry (~165 bytes); this layout takes ~75.
 * <pre>
 * version (1) | event time (8) | route (UTF) | content hash (1 flag + 16 raw bytes, or UTF) | article id (UTF) | sketch (2 + n)
 * </pre>
 * UTF is {@link DataOutputStream#writeUTF}: a 2-byte length, then modified UTF-8. The pending key is not
 * stored: it is rebuilt from the content hash and the article id.
 */
final class BandEntrySerde implements Serde<BandEntry> {
    private static final byte VERSION = 1;
    private static final byte HASH_HEX = 1;
    private static final byte HASH_TEXT = 2;
    private static final HexFormat HEX = HexFormat.of();

    @Override
    public Serializer<BandEntry> serializer() {
        return (topic, e) -> e == null ? null : write(e);
    }

    @Override
    public Deserializer<BandEntry> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(BandEntry e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(e.eventTime());
            out.writeUTF(e.route());
            String contentHash = e.pendingKey().substring(0, e.pendingKey().indexOf('\u0000'));
            if (isLowerHex32(contentHash)) {
                out.writeByte(HASH_HEX);
                out.write(HEX.parseHex(contentHash));
            } else {
                out.writeByte(HASH_TEXT);
                out.writeUTF(contentHash);
            }
            out.writeUTF(e.articleId());
            out.writeShort(e.sketch().length);
            out.write(e.sketch());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    static BandEntry read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new SerializationException("band-index entry of unknown format version " + version
                        + " (this build reads " + VERSION + "): state written by another release; reset the application");
            }
            long eventTime = in.readLong();
            String route = in.readUTF();
            byte hashKind = in.readByte();
            String contentHash;
            if (hashKind == HASH_HEX) {
                byte[] raw = new byte[16];
                in.readFully(raw);
                contentHash = HEX.formatHex(raw);
            } else if (hashKind == HASH_TEXT) {
                contentHash = in.readUTF();
            } else {
                throw new SerializationException("band-index entry with an unknown content-hash encoding " + hashKind);
            }
            String articleId = in.readUTF();
            byte[] sketch = new byte[in.readUnsignedShort()];
            in.readFully(sketch);
            return new BandEntry(route, DuplicateCheckRecords.pendingKey(contentHash, articleId), articleId, eventTime,
                    sketch);
        } catch (IOException ex) {
            throw new SerializationException("truncated band-index entry (" + bytes.length + " bytes)", ex);
        }
    }

    private static boolean isLowerHex32(String s) {
        if (s.length() != 32) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
