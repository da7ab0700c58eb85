package dev.wiretrace.index;

import static dev.wiretrace.testing.Fixtures.clues;
import static dev.wiretrace.testing.Fixtures.meta;
import static dev.wiretrace.testing.Fixtures.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiretrace.model.HashedDocument;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compaction upgrades an index of the first format, whose documents lack their night. */
class IndexCompactorTest {
  @TempDir Path index;

  private static HashedDocument document(String id, long hash) {
    return HashedDocument.create(
        profile(clues(meta(id, "Site " + id), 5), "Sentence of " + id + "."),
        List.of(hash, hash + 1),
        hash * 7);
  }

  /** Writes a first-format segment: whole documents in part files by shard of id, no nights. */
  private void writeFirstFormat(String night, List<HashedDocument> documents) throws Exception {
    Path folder = Files.createDirectories(index.resolve("segments").resolve(night).resolve("d"));
    List<String> files = new ArrayList<>();
    for (int shard = 0; shard < WriteIndexSegment.SHARDS; shard++) {
      int s = shard;
      List<HashedDocument> mine =
          documents.stream()
              .filter(d -> SegmentShardWriter.shardOf(d.id(), WriteIndexSegment.SHARDS) == s)
              .sorted(Comparator.comparing(HashedDocument::id))
              .toList();
      if (mine.isEmpty()) {
        continue;
      }
      String name = String.format("part-%02d-of-08.avro", shard);
      files.add("\"" + name + "\"");
      try (OutputStream out = Files.newOutputStream(folder.resolve(name));
          DataFileWriter<GenericRecord> writer =
              new DataFileWriter<>(
                  new GenericDatumWriter<GenericRecord>(
                      SchemaRecords.FIRST_FORMAT_DOCUMENTS.avroSchema))) {
        writer.create(SchemaRecords.FIRST_FORMAT_DOCUMENTS.avroSchema, out);
        for (HashedDocument d : mine) {
          writer.append(SchemaRecords.FIRST_FORMAT_DOCUMENTS.toRecord(d));
        }
      }
    }
    String json =
        Files.exists(index.resolve("index.json"))
            ? Files.readString(index.resolve("index.json")).replace(" ] }", ", ")
            : "{ \"format\" : \"wiretrace-index/1\", \"hashing\" : \""
                + IndexVersion.HASHING
                + "\", \"segments\" : [ ";
    Files.writeString(
        index.resolve("index.json"),
        json
            + String.format(
                "{\"night\": \"%s\", \"path\": \"segments/%s/d\", \"documents\": %d,"
                    + " \"digest\": \"%s\", \"files\": [%s]} ] }",
                night, night, documents.size(), night + "-digest", String.join(",", files)));
  }

  @Test
  void aFirstFormatIndexIsRewrittenWithEachDocumentsNight() throws Exception {
    writeFirstFormat("2026-11-21", List.of(document("a", 10), document("b", 20)));
    writeFirstFormat("2026-11-22", List.of(document("c", 30)));
    assertThrows(CorruptIndexException.class, () -> IndexStore.open(index.toString()));

    IndexCompactor.Result result = IndexCompactor.open(index.toString()).compact("", "run-1");
    assertEquals(2, result.segmentsMerged());
    assertEquals(3, result.documents());
    assertFalse(Files.exists(index.resolve("segments").resolve("2026-11-21")));

    IndexStore store = IndexStore.open(index.toString());
    assertEquals(1, store.version().segments().size());
    assertEquals(3, store.documentsRead("2026-11-23", 0));
    assertEquals(2, store.documentsRead("2026-11-22", 0));
    List<HashedDocument> read = new ArrayList<>();
    for (ShardToRead shard : store.shardsRead("2026-11-23", 0)) {
      try (SegmentShardReader reader =
          SegmentShardReader.of(shard.keysFile(), shard.profilesFile(), shard.nights())) {
        reader.forEachRemaining(read::add);
      }
    }
    read.sort(Comparator.comparing(HashedDocument::id));
    assertEquals(List.of("a", "b", "c"), read.stream().map(HashedDocument::id).toList());
    assertEquals(
        List.of("2026-11-21", "2026-11-21", "2026-11-22"),
        read.stream().map(KeyRecords::nightOf).toList());
    assertEquals(document("c", 30).getHashes(), read.get(2).getHashes());
    assertEquals(210L, read.get(2).getFingerprint());
    assertEquals(
        document("a", 10).getProfile().getSentences(), read.get(0).getProfile().getSentences());
  }
}
