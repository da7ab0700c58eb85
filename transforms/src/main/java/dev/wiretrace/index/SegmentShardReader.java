package dev.wiretrace.index;

import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.HashedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;

/**
 * Reads one shard of a segment back as whole documents, in id order, keeping the nights asked for:
 * the keys and profiles files side by side, or a first-format {@code part-} file. Compaction merges
 * these streams; a night run again since is skipped where it was compacted.
 */
final class SegmentShardReader implements Iterator<HashedDocument>, AutoCloseable {
  private final String path;
  private final Set<String> nights;
  private final DataFileStream<GenericRecord> main;
  private final DataFileStream<GenericRecord> profiles;
  private final String segmentNight;
  private HashedDocument next;

  private SegmentShardReader(
      String path,
      DataFileStream<GenericRecord> main,
      DataFileStream<GenericRecord> profiles,
      Set<String> nights,
      String segmentNight) {
    this.path = path;
    this.main = main;
    this.profiles = profiles;
    this.nights = nights;
    this.segmentNight = segmentNight;
    advance();
  }

  /** The keys file and its profiles file, of the current format. */
  static SegmentShardReader of(String keysFile, String profilesFile, Set<String> nights) {
    try {
      return new SegmentShardReader(
          keysFile,
          open(keysFile, KeyRecords.SCHEMA),
          open(profilesFile, SchemaRecords.PROFILES.avroSchema),
          nights,
          null);
    } catch (IOException | AvroRuntimeException e) {
      throw CorruptIndexException.of(keysFile, e);
    }
  }

  /** A first-format file of whole documents, all of one night. */
  static SegmentShardReader ofFirstFormat(String partFile, String night) {
    try {
      return new SegmentShardReader(
          partFile,
          open(partFile, SchemaRecords.FIRST_FORMAT_DOCUMENTS.avroSchema),
          null,
          Set.of(night),
          night);
    } catch (IOException | AvroRuntimeException e) {
      throw CorruptIndexException.of(partFile, e);
    }
  }

  /** The records of an index file, in order. */
  static DataFileStream<GenericRecord> open(String path, org.apache.avro.Schema schema)
      throws IOException {
    InputStream in =
        Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false)));
    return new DataFileStream<>(in, new GenericDatumReader<>(null, schema));
  }

  private void advance() {
    next =
        CorruptIndexException.reading(
            path,
            () -> {
              while (main.hasNext()) {
                HashedDocument document = profiles == null ? firstFormat() : currentFormat();
                if (nights.contains(document.getProfile().getClues().getMeta().getNight())) {
                  return document;
                }
              }
              return null;
            });
  }

  private HashedDocument currentFormat() throws IOException {
    GenericRecord keys = main.next();
    if (!profiles.hasNext()) {
      throw new CorruptIndexException("index file " + path + " has more keys than profiles");
    }
    DocumentProfile profile = SchemaRecords.PROFILES.fromRecord(profiles.next());
    if (!profile.id().equals(KeyRecords.id(keys))) {
      throw new CorruptIndexException(
          "index file "
              + path
              + " is corrupt: keys of "
              + KeyRecords.id(keys)
              + ", profile of "
              + profile.id());
    }
    return HashedDocument.create(
        profile,
        Arrays.stream(KeyRecords.hashes(keys)).boxed().toList(),
        (Long) keys.get("fingerprint"));
  }

  /** A first-format document that lacks its night takes its segment's. */
  private HashedDocument firstFormat() {
    HashedDocument document = SchemaRecords.FIRST_FORMAT_DOCUMENTS.fromRecord(main.next());
    if (document.getProfile().getClues().getMeta().getNight() != null) {
      return document;
    }
    DocumentProfile profile = document.getProfile();
    DocumentClues clues = profile.getClues();
    DocumentClues dated =
        DocumentClues.create(
            clues.getMeta().toBuilder().setNight(segmentNight).build(),
            clues.getCredits(),
            clues.getAttributions(),
            clues.getOwnAgency(),
            clues.getWordCount());
    return HashedDocument.create(
        DocumentProfile.create(dated, profile.getTitle(), profile.getSentences()),
        document.getHashes(),
        document.getFingerprint());
  }

  @Override
  public boolean hasNext() {
    return next != null;
  }

  @Override
  public HashedDocument next() {
    if (next == null) {
      throw new NoSuchElementException();
    }
    HashedDocument current = next;
    advance();
    return current;
  }

  @Override
  public void close() throws IOException {
    try (main) {
      if (profiles != null) {
        profiles.close();
      }
    }
  }
}
