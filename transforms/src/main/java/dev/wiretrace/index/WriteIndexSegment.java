package dev.wiretrace.index;

import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.SchemaCoders;
import dev.wiretrace.shuffle.GatherAll;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.GroupByKey;
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

  @Override
  public PDone expand(PCollection<HashedDocument> documents) {
    PCollection<String> shards =
        documents
            .apply(
                "KeyByShard",
                WithKeys.of((HashedDocument d) -> Math.floorMod(d.id().hashCode(), SHARDS))
                    .withKeyType(TypeDescriptors.integers()))
            .setCoder(
                KvCoder.of(
                    VarIntCoder.of(),
                    SchemaCoders.of(documents.getPipeline(), HashedDocument.class)))
            .apply("GroupByShard", GroupByKey.create())
            .apply("WriteShardFiles", ParDo.of(new WriteSegmentShardFn(stagingFolder, SHARDS)))
            .setCoder(StringUtf8Coder.of());
    PCollectionTuple.of(WriteSegmentSummaryFn.SHARD_FILES, shards)
        .apply("GatherShardFiles", GatherAll.together())
        .apply("WriteSegmentFile", ParDo.of(new WriteSegmentSummaryFn(stagingFolder)));
    return PDone.in(documents.getPipeline());
  }
}
