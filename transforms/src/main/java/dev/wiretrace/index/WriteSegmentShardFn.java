package dev.wiretrace.index;

import com.google.common.hash.Hashing;
import dev.wiretrace.io.OutputFiles;
import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.HashedDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;

/**
 * Writes one shard of a segment as an Avro file. The sync marker, which Avro otherwise draws at
 * random, comes from the shard number, and documents are sorted by id: the same documents give the
 * same bytes, so a rerun of a night rewrites its segment identically, even on a retry.
 */
class WriteSegmentShardFn extends DoFn<KV<Integer, Iterable<HashedDocument>>, String> {
  private final Counter written =
      Metrics.counter(WriteSegmentShardFn.class, Counters.DOCUMENTS_INDEXED);

  private final String folder;
  private final int shards;

  WriteSegmentShardFn(String folder, int shards) {
    this.folder = folder;
    this.shards = shards;
  }

  static String fileName(int shard, int shards) {
    return String.format(Locale.ROOT, "part-%02d-of-%02d.avro", shard, shards);
  }

  @ProcessElement
  public void process(ProcessContext context) throws IOException {
    int shard = context.element().getKey();
    List<HashedDocument> documents = new ArrayList<>();
    context.element().getValue().forEach(documents::add);
    documents.sort(Comparator.comparing(HashedDocument::id));
    String name = fileName(shard, shards);
    MessageDigest digest = sha256();
    try (OutputStream out =
            new DigestOutputStream(
                Channels.newOutputStream(
                    FileSystems.create(OutputFiles.resolve(folder, name), MimeTypes.BINARY)),
                digest);
        DataFileWriter<GenericRecord> writer =
            new DataFileWriter<>(
                new GenericDatumWriter<GenericRecord>(DocumentRecords.AVRO_SCHEMA))) {
      writer.setCodec(CodecFactory.deflateCodec(6));
      writer.create(DocumentRecords.AVRO_SCHEMA, out, syncMarker(shard));
      for (HashedDocument document : documents) {
        writer.append(DocumentRecords.toRecord(document));
      }
    }
    written.inc(documents.size());
    context.output(
        new ShardFile(name, documents.size(), HexFormat.of().formatHex(digest.digest())).line());
  }

  private static byte[] syncMarker(int shard) {
    return Hashing.murmur3_128(shard)
        .hashString("wiretrace-index-sync", StandardCharsets.UTF_8)
        .asBytes();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
