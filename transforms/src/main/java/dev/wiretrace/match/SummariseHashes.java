package dev.wiretrace.match;

import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.shuffle.ViewOfAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Summarises tonight's hashes as {@link TonightsHashes} filters, one per shard of the hash space,
 * for the index reader to drop the earlier postings that cannot meet tonight's.
 */
public class SummariseHashes
    extends PTransform<PCollection<HashedDocument>, PCollectionView<Map<Integer, TonightsHashes>>> {
  private SummariseHashes() {}

  public static SummariseHashes create() {
    return new SummariseHashes();
  }

  @Override
  public PCollectionView<Map<Integer, TonightsHashes>> expand(
      PCollection<HashedDocument> documents) {
    return documents
        .apply("ShardHashes", ParDo.of(new ShardHashesFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), ListCoder.of(VarLongCoder.of())))
        // One group per shard, not per bucket of shards: a bucket's filters as one record would
        // outgrow Flink's sort buffers (1.9 MB), and sixteen groups cost any runner little.
        .apply("FilterHashes", Combine.perKey(new TonightsHashes.CombineFn()))
        .apply("ViewHashFilters", ViewOfAll.asMap());
  }

  /** A document's hashes, split by the shard of {@link TonightsHashes} each belongs to. */
  static class ShardHashesFn extends DoFn<HashedDocument, KV<Integer, List<Long>>> {
    @ProcessElement
    public void process(ProcessContext context) {
      Map<Integer, List<Long>> shards = new TreeMap<>();
      for (Long hash : context.element().getHashes()) {
        shards.computeIfAbsent(TonightsHashes.shard(hash), s -> new ArrayList<>()).add(hash);
      }
      shards.forEach((shard, hashes) -> context.output(KV.of(shard, hashes)));
    }
  }
}
