package dev.wiretrace.index;

import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.SchemaCoders;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes tonight's documents as an index segment into a staging folder: a fixed number of Avro
 * files, each sorted by id and written byte for byte the same for the same documents, and a
 * {@code segment.json} with their count and digest. Nothing here touches the live index; the
 * driver commits the segment once the whole run has succeeded.
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
    PCollectionView<List<String>> shards =
        documents
            .apply(
                "KeyByShard",
                WithKeys.of((HashedDocument d) -> Math.floorMod(d.id().hashCode(), SHARDS))
                    .withKeyType(TypeDescriptors.integers()))
            .setCoder(KvCoder.of(VarIntCoder.of(), SchemaCoders.of(documents.getPipeline(), HashedDocument.class)))
            .apply("GroupByShard", GroupByKey.create())
            .apply("WriteShardFiles", ParDo.of(new WriteSegmentShardFn(stagingFolder, SHARDS)))
            .setCoder(StringUtf8Coder.of())
            .apply("ViewShardFiles", View.asList());
    documents
        .getPipeline()
        .apply("StartSegmentFile", Create.of(SEGMENT_FILE))
        .apply(
            "WriteSegmentFile",
            ParDo.of(new WriteSegmentSummaryFn(stagingFolder, shards)).withSideInputs(shards));
    return PDone.in(documents.getPipeline());
  }
}
