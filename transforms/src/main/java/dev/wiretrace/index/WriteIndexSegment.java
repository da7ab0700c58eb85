package dev.wiretrace.index;

import dev.wiretrace.io.OutputFiles;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.shuffle.GatherAll;
import dev.wiretrace.shuffle.GroupEncodedByKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes tonight's documents as an index segment into a staging folder: a fixed number of Avro
 * files, each sorted by id and written byte for byte the same for the same documents, and a {@code
 * segment.json} with their count and digest. Nothing here touches the live index; the driver
 * commits the segment once the whole run has succeeded.
 */
public class WriteIndexSegment extends PTransform<PCollection<HashedDocument>, PDone> {
  /** Enough files for a cluster to write and read a night in parallel, few enough to list. */
  static final int SHARDS = 8;

  static final String SEGMENT_FILE = "segment.json";

  private final String stagingFolder;

  private WriteIndexSegment(String stagingFolder) {
    this.stagingFolder = stagingFolder;
  }

  public static WriteIndexSegment to(String stagingFolder) {
    return new WriteIndexSegment(stagingFolder);
  }

  /**
   * Writes the same files in this process, without a pipeline: for tools that build an index from
   * documents already in memory (the benchmark's archive generator).
   */
  public static void writeDirectly(String stagingFolder, List<HashedDocument> documents)
      throws IOException {
    List<List<HashedDocument>> byShard = new ArrayList<>();
    for (int shard = 0; shard < SHARDS; shard++) {
      byShard.add(new ArrayList<>());
    }
    documents.forEach(d -> byShard.get(SegmentShardWriter.shardOf(d.id(), SHARDS)).add(d));
    List<ShardFile> files = new ArrayList<>();
    for (int shard = 0; shard < SHARDS; shard++) {
      List<HashedDocument> mine = byShard.get(shard);
      if (mine.isEmpty()) {
        continue;
      }
      mine.sort(Comparator.comparing(HashedDocument::id));
      try (SegmentShardWriter writer = new SegmentShardWriter(stagingFolder, shard, SHARDS)) {
        for (HashedDocument document : mine) {
          writer.append(document);
        }
        files.addAll(writer.finish());
      }
    }
    OutputFiles.write(stagingFolder, SEGMENT_FILE, SegmentSummary.of(files).render());
  }

  @Override
  public PDone expand(PCollection<HashedDocument> documents) {
    PCollection<String> shards =
        documents
            .apply(
                "KeyByShard",
                WithKeys.of((HashedDocument d) -> SegmentShardWriter.shardOf(d.id(), SHARDS))
                    .withKeyType(TypeDescriptors.integers()))
            .setCoder(
                KvCoder.of(
                    VarIntCoder.of(),
                    ModelCoders.of(documents.getPipeline(), HashedDocument.class)))
            .apply("GroupByShard", GroupEncodedByKey.create())
            .apply("WriteShardFiles", ParDo.of(new WriteSegmentShardFn(stagingFolder, SHARDS)))
            .setCoder(StringUtf8Coder.of());
    PCollectionTuple.of(WriteSegmentSummaryFn.SHARD_FILES, shards)
        .apply("GatherShardFiles", GatherAll.together())
        .apply("WriteSegmentFile", ParDo.of(new WriteSegmentSummaryFn(stagingFolder)));
    return PDone.in(documents.getPipeline());
  }
}
