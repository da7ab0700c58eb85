package dev.wiretrace.index;

import dev.wiretrace.model.HashedDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Merges segments into one: a night then opens a few large files instead of sixteen per night, and
 * the documents of nights run again since they were compacted are dropped for good. Shard by shard,
 * the segments' documents are merged in id order as they stream from disk, so memory stays flat
 * however large the archive. The merged segment is staged, then committed as a nightly segment is
 * ({@link IndexStore#install}): killed at any point, the index is as it was or fully compacted. A
 * first-format index is rewritten in the current format on the way.
 */
public final class IndexCompactor {
  /** What one compaction did. */
  public record Result(
      int segmentsBefore,
      int segmentsMerged,
      long documents,
      long duplicatesDropped,
      int unlistedFilesRemoved,
      IndexVersion version) {}

  private final IndexStore store;

  private IndexCompactor(IndexStore store) {
    this.store = store;
  }

  /** The index at {@code folder}, of either format; the caller holds its lock. */
  public static IndexCompactor open(String folder) throws IOException {
    return new IndexCompactor(IndexStore.openAnyFormat(folder));
  }

  /**
   * Merges the segments whose nights all come before {@code before} ("" for every segment). One
   * segment of the current format alone is left as it is.
   */
  public Result compact(String before, String runId) throws IOException {
    int unlisted = store.version().isFirstFormat() ? 0 : store.removeUnlisted();
    IndexVersion version = store.version();
    List<IndexVersion.Segment> merged = new ArrayList<>();
    for (IndexVersion.Segment segment : version.segments()) {
      // A first-format index is rewritten whole: index.json cannot list both formats.
      if (version.isFirstFormat()
          || before.isEmpty()
          || segment.nights().lastKey().compareTo(before) < 0) {
        merged.add(segment);
      }
    }
    if (merged.isEmpty() && version.isFirstFormat()) {
      IndexVersion upgraded = IndexVersion.empty();
      store.writeVersion(upgraded);
      return new Result(0, 0, 0, 0, unlisted, upgraded);
    }
    if (merged.isEmpty() || (merged.size() == 1 && !version.isFirstFormat())) {
      return new Result(version.segments().size(), 0, 0, 0, unlisted, version);
    }
    store.clearStaging();
    String staging = store.stagingFolder(runId);
    List<ShardFile> files = new ArrayList<>();
    SortedMap<String, Long> perNight = new TreeMap<>();
    long duplicates = 0;
    for (int shard = 0; shard < WriteIndexSegment.SHARDS; shard++) {
      duplicates += mergeShard(merged, version.isFirstFormat(), shard, staging, files, perNight);
    }
    SegmentSummary summary = SegmentSummary.of(files);
    SortedMap<String, IndexVersion.Night> nights = new TreeMap<>();
    for (IndexVersion.Segment segment : merged) {
      segment
          .nights()
          .forEach(
              (night, n) ->
                  nights.put(
                      night, new IndexVersion.Night(perNight.getOrDefault(night, 0L), n.digest())));
    }
    IndexVersion.Segment compacted =
        new IndexVersion.Segment(
            "segments/compacted/" + summary.digest().substring(0, 16),
            summary.digest(),
            summary.files(),
            nights);
    IndexVersion next = store.install(compacted, staging, version.compacting(merged, compacted));
    store.removeStaging(staging);
    return new Result(
        version.segments().size(), merged.size(), summary.documents(), duplicates, unlisted, next);
  }

  /** Writes one shard of the merged segment; returns the documents dropped as duplicates. */
  private long mergeShard(
      List<IndexVersion.Segment> segments,
      boolean firstFormat,
      int shard,
      String staging,
      List<ShardFile> files,
      Map<String, Long> perNight)
      throws IOException {
    List<SegmentShardReader> readers = new ArrayList<>();
    long duplicates = 0;
    try {
      for (IndexVersion.Segment segment : segments) {
        List<String> paths = store.files(segment);
        List<String> names = segment.fileNames();
        for (int i = 0; i < names.size(); i++) {
          String name = names.get(i);
          if (firstFormat && name.startsWith(String.format("part-%02d-", shard))) {
            readers.add(SegmentShardReader.ofFirstFormat(paths.get(i), segment.firstNight()));
          } else if (name.equals(SegmentShardWriter.keysFile(shard, WriteIndexSegment.SHARDS))) {
            String profiles =
                paths.get(
                    names.indexOf(
                        SegmentShardWriter.profilesFile(shard, WriteIndexSegment.SHARDS)));
            readers.add(SegmentShardReader.of(paths.get(i), profiles, segment.nights().keySet()));
          }
        }
      }
      // The earliest night's copy of an id wins: the later one was indexed by a night run out of
      // order, before the earlier night was.
      PriorityQueue<Head> heads =
          new PriorityQueue<>(
              Comparator.comparing((Head h) -> h.document.id())
                  .thenComparing(h -> night(h.document)));
      for (SegmentShardReader reader : readers) {
        if (reader.hasNext()) {
          heads.add(new Head(reader.next(), reader));
        }
      }
      if (heads.isEmpty()) {
        return 0;
      }
      try (SegmentShardWriter writer =
          new SegmentShardWriter(staging, shard, WriteIndexSegment.SHARDS)) {
        String last = null;
        while (!heads.isEmpty()) {
          Head head = heads.poll();
          if (head.document.id().equals(last)) {
            duplicates++;
          } else {
            writer.append(head.document);
            perNight.merge(night(head.document), 1L, Long::sum);
            last = head.document.id();
          }
          if (head.reader.hasNext()) {
            heads.add(new Head(head.reader.next(), head.reader));
          }
        }
        files.addAll(writer.finish());
      }
      return duplicates;
    } finally {
      for (SegmentShardReader reader : readers) {
        reader.close();
      }
    }
  }

  private static String night(HashedDocument document) {
    return KeyRecords.nightOf(document);
  }

  private record Head(HashedDocument document, SegmentShardReader reader) {}
}
