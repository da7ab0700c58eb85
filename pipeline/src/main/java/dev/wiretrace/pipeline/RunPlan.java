package dev.wiretrace.pipeline;

import dev.wiretrace.index.IndexLock;
import dev.wiretrace.index.IndexStore;
import dev.wiretrace.index.ShardToRead;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Everything a run settles before its pipeline starts: the input files, the night, the index
 * version it reads and where it stages what it writes. A problem found here costs no work.
 */
record RunPlan(
    ResolvedInput input,
    OutputFolder output,
    @Nullable String night,
    @Nullable IndexStore index,
    @Nullable String indexStaging,
    @Nullable IndexLock indexLock,
    int lookbackDays)
    implements AutoCloseable {

  static RunPlan prepare(WiretraceOptions options) throws UsageException, IOException {
    FileSystems.setDefaultPipelineOptions(options);
    ResolvedInput input = ResolvedInput.of(options.getInput(), options.getManifest());
    boolean indexed = options.getIndex() != null && !options.getIndex().isBlank();
    int lookbackDays = options.getLookbackDays();
    if (lookbackDays < 0) {
      throw new UsageException(
          "--lookbackDays="
              + lookbackDays
              + " is negative: give a number of days, or 0 for the whole archive");
    }
    if (lookbackDays > 0 && !indexed) {
      throw new UsageException(
          "--lookbackDays limits what a night reads from its index: it needs --index");
    }
    String night = NightLabel.resolve(options.getNight(), options.getInput(), indexed);
    if (lookbackDays > 0) {
      try {
        java.time.LocalDate.parse(night.substring(0, 10));
      } catch (java.time.format.DateTimeParseException e) {
        throw new UsageException(
            "the night "
                + night
                + " is not a calendar date, so --lookbackDays cannot count back from it");
      }
    }
    String runId =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                .withZone(ZoneOffset.UTC)
                .format(Instant.now())
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    OutputFolder output = OutputFolder.prepare(options.getOutput(), runId);
    if (!indexed) {
      return new RunPlan(input, output, night, null, null, null, 0);
    }
    // Held before the index is read or its staging cleared: another run may be writing either.
    IndexLock lock = IndexLock.acquire(options.getIndex(), runId);
    try {
      IndexStore index = IndexStore.open(options.getIndex());
      index.clearStaging();
      return new RunPlan(
          input, output, night, index, index.stagingFolder(runId), lock, lookbackDays);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Lets the next run have the index. */
  @Override
  public void close() throws IOException {
    if (indexLock != null) {
      indexLock.close();
    }
  }

  boolean indexed() {
    return index != null;
  }

  /** The index shards of the earlier nights this one reads; empty without an index. */
  List<ShardToRead> earlierShards() {
    return index == null ? List.of() : index.shardsRead(night, lookbackDays);
  }

  int earlierSegments() {
    return index == null ? 0 : index.segmentsRead(night, lookbackDays).size();
  }

  long earlierBytes() {
    return index == null ? 0 : index.bytesRead(night, lookbackDays);
  }

  long earlierDocuments() {
    return index == null ? 0 : index.documentsRead(night, lookbackDays);
  }
}
