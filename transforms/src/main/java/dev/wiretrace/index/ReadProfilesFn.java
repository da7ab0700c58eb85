package dev.wiretrace.index;

import dev.wiretrace.model.DocumentProfile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Reads the profiles of listed documents: per profiles file, each block an entry points at, once,
 * in file order. A document not in its block means the keys and profiles disagree: a corrupt index.
 */
class ReadProfilesFn extends DoFn<KV<Integer, Iterable<IndexEntry>>, DocumentProfile> {
  @ProcessElement
  public void process(ProcessContext context) {
    Map<String, List<IndexEntry>> byFile = new TreeMap<>();
    for (IndexEntry entry : context.element().getValue()) {
      byFile.computeIfAbsent(entry.getProfilesFile(), f -> new ArrayList<>()).add(entry);
    }
    byFile.forEach((file, entries) -> read(file, entries, context));
  }

  private static void read(String path, List<IndexEntry> entries, ProcessContext context) {
    entries.sort(
        Comparator.comparingLong(IndexEntry::getProfileBlock).thenComparing(IndexEntry::getId));
    CorruptIndexException.reading(
        path,
        () -> {
          try (DataFileReader<GenericRecord> reader =
              new DataFileReader<>(
                  ChannelInput.open(path),
                  new GenericDatumReader<>(null, SchemaRecords.PROFILES.avroSchema))) {
            int next = 0;
            while (next < entries.size()) {
              next = readBlock(reader, path, entries, next, context);
            }
          }
          return null;
        });
  }

  /** Outputs the profiles of the entries from {@code first} on in one block; returns the next. */
  private static int readBlock(
      DataFileReader<GenericRecord> reader,
      String path,
      List<IndexEntry> entries,
      int first,
      ProcessContext context)
      throws IOException {
    long block = entries.get(first).getProfileBlock();
    reader.seek(block);
    int next = first;
    for (int read = 0;
        next < entries.size() && entries.get(next).getProfileBlock() == block;
        read++) {
      if (read == SegmentShardWriter.PROFILES_PER_BLOCK || !reader.hasNext()) {
        throw new CorruptIndexException(
            "index file "
                + path
                + " is corrupt: no profile of "
                + entries.get(next).getId()
                + " at "
                + block);
      }
      DocumentProfile profile = SchemaRecords.PROFILES.fromRecord(reader.next());
      if (profile.id().equals(entries.get(next).getId())) {
        context.output(profile);
        next++;
      }
    }
    return next;
  }
}
