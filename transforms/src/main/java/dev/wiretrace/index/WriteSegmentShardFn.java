package dev.wiretrace.index;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.HashedDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** Writes one shard of tonight's segment, sorted by id ({@link SegmentShardWriter}). */
class WriteSegmentShardFn extends DoFn<KV<Integer, Iterable<HashedDocument>>, String> {
  private final Counter written =
      Metrics.counter(WriteSegmentShardFn.class, Counters.DOCUMENTS_INDEXED);

  private final String folder;
  private final int shards;

  WriteSegmentShardFn(String folder, int shards) {
    this.folder = folder;
    this.shards = shards;
  }

  @ProcessElement
  public void process(ProcessContext context) throws IOException {
    int shard = context.element().getKey();
    List<HashedDocument> documents = new ArrayList<>();
    context.element().getValue().forEach(documents::add);
    documents.sort(Comparator.comparing(HashedDocument::id));
    List<ShardFile> files;
    try (SegmentShardWriter writer = new SegmentShardWriter(folder, shard, shards)) {
      for (HashedDocument document : documents) {
        writer.append(document);
      }
      files = writer.finish();
    }
    written.inc(documents.size());
    files.forEach(f -> context.output(f.line()));
  }
}
