package dev.wiretrace.index;

import com.google.common.hash.Hashing;
import dev.wiretrace.io.OutputFiles;
import dev.wiretrace.model.HashedDocument;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * Writes one shard of a segment: the documents' keys ({@link KeyRecords}) and their profiles, as
 * two Avro files. Documents come in id order. The profiles are cut into blocks of a few documents,
 * whose start each key records, so a night reads the profiles of the documents it pairs with and no
 * others. Sync markers come from the shard number, not from chance: the same documents give the
 * same bytes, so a rerun or a retry rewrites a segment identically.
 */
final class SegmentShardWriter implements AutoCloseable {
  /** Small blocks: a night reading one profile decompresses its block, not more. */
  static final int PROFILES_PER_BLOCK = 16;

  private final int shard;
  private final int shards;
  private final Output keys;
  private final Output profiles;
  private final DataFileWriter<GenericRecord> keyWriter;
  private final DataFileWriter<GenericRecord> profileWriter;
  private long documents;
  private long block;
  private String lastId;

  SegmentShardWriter(String folder, int shard, int shards) throws IOException {
    this.shard = shard;
    this.shards = shards;
    keys = new Output(folder, keysFile(shard, shards));
    profiles = new Output(folder, profilesFile(shard, shards));
    keyWriter = new DataFileWriter<>(new GenericDatumWriter<GenericRecord>(KeyRecords.SCHEMA));
    keyWriter.create(KeyRecords.SCHEMA, keys.stream, syncMarker("keys", shard));
    profileWriter =
        new DataFileWriter<>(
            new GenericDatumWriter<GenericRecord>(SchemaRecords.PROFILES.avroSchema));
    profileWriter.setCodec(CodecFactory.deflateCodec(6));
    profileWriter.create(
        SchemaRecords.PROFILES.avroSchema, profiles.stream, syncMarker("profiles", shard));
  }

  static String keysFile(int shard, int shards) {
    return String.format(Locale.ROOT, "keys-%02d-of-%02d.avro", shard, shards);
  }

  static String profilesFile(int shard, int shards) {
    return String.format(Locale.ROOT, "profiles-%02d-of-%02d.avro", shard, shards);
  }

  /** Which shard a document goes to: the same in every segment, so compaction merges by shard. */
  static int shardOf(String id, int shards) {
    return Math.floorMod(id.hashCode(), shards);
  }

  void append(HashedDocument document) throws IOException {
    if (lastId != null && lastId.compareTo(document.id()) >= 0) {
      throw new IllegalArgumentException(
          "documents must come in id order: " + document.id() + " after " + lastId);
    }
    if (shardOf(document.id(), shards) != shard) {
      throw new IllegalArgumentException(document.id() + " is not of shard " + shard);
    }
    if (documents % PROFILES_PER_BLOCK == 0) {
      block = profileWriter.sync();
    }
    profileWriter.append(SchemaRecords.PROFILES.toRecord(document.getProfile()));
    keyWriter.append(KeyRecords.toRecord(document, block));
    lastId = document.id();
    documents++;
  }

  /** Closes both files and says what they hold. */
  List<ShardFile> finish() throws IOException {
    close();
    return List.of(keys.describe(documents), profiles.describe(documents));
  }

  @Override
  public void close() throws IOException {
    try (keyWriter;
        profileWriter) {
      // Both close, in this order, whichever fails.
    }
  }

  private static byte[] syncMarker(String kind, int shard) {
    return Hashing.murmur3_128(shard)
        .hashString("wiretrace-index-sync/" + kind, StandardCharsets.UTF_8)
        .asBytes();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** A file being written, with its digest and size kept as it goes. */
  private static final class Output {
    final String name;
    final MessageDigest digest = sha256();
    final CountingStream stream;

    Output(String folder, String name) throws IOException {
      this.name = name;
      this.stream =
          new CountingStream(
              new DigestOutputStream(
                  Channels.newOutputStream(
                      FileSystems.create(OutputFiles.resolve(folder, name), MimeTypes.BINARY)),
                  digest));
    }

    ShardFile describe(long documents) {
      return new ShardFile(
          name, documents, HexFormat.of().formatHex(digest.digest()), stream.count);
    }
  }

  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
