package dev.wiretrace.index;

import dev.wiretrace.io.OutputFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.TupleTag;

/** Writes {@code segment.json}: the segment's files, document count and content digest. */
class WriteSegmentSummaryFn extends DoFn<CoGbkResult, Void> {
  /** The lines {@link WriteSegmentShardFn} wrote, one per file. */
  static final TupleTag<String> SHARD_FILES = new TupleTag<>("shardFiles");

  private final String folder;

  WriteSegmentSummaryFn(String folder) {
    this.folder = folder;
  }

  @ProcessElement
  public void process(@Element CoGbkResult all) throws IOException {
    List<ShardFile> files = new ArrayList<>();
    all.getAll(SHARD_FILES).forEach(line -> files.add(ShardFile.parse(line)));
    OutputFiles.write(folder, WriteIndexSegment.SEGMENT_FILE, SegmentSummary.of(files).render());
  }
}
