package dev.wiretrace.read;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.Document;
import dev.wiretrace.model.Reject;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Two files with one name in different folders would be one document id twice; the first path in
 * sort order wins, the others are rejected, so the choice does not depend on the runner. Only the
 * ids with more than one path reach the side input ({@link FirstPath}), so documents need not be
 * shuffled to find them.
 */
class KeepFirstPathFn extends DoFn<Document, Document> {
  private final Counter duplicates = Metrics.counter(KeepFirstPathFn.class, Counters.DUPLICATE_IDS);

  private final PCollectionView<Map<String, String>> firstPathOfSharedIds;

  KeepFirstPathFn(PCollectionView<Map<String, String>> firstPathOfSharedIds) {
    this.firstPathOfSharedIds = firstPathOfSharedIds;
  }

  @ProcessElement
  public void process(ProcessContext context) {
    Document document = context.element();
    String first = context.sideInput(firstPathOfSharedIds).get(document.id());
    if (first == null || first.equals(document.getPath())) {
      context.output(document);
      return;
    }
    duplicates.inc();
    context.output(
        ReadCorpus.REJECTS,
        Reject.create(
            document.getPath(),
            "duplicate-id",
            "document id '" + document.id() + "' is already taken by " + first));
  }

  /** Of the paths of one id: the first in sort order, and how many there are. */
  static class FirstPath extends Combine.CombineFn<String, KV<String, Long>, KV<String, Long>> {
    @Override
    public KV<String, Long> createAccumulator() {
      return KV.of(null, 0L);
    }

    @Override
    public KV<String, Long> addInput(KV<String, Long> seen, String path) {
      return KV.of(first(seen.getKey(), path), seen.getValue() + 1);
    }

    @Override
    public KV<String, Long> mergeAccumulators(Iterable<KV<String, Long>> all) {
      KV<String, Long> merged = createAccumulator();
      for (KV<String, Long> seen : all) {
        merged = KV.of(first(merged.getKey(), seen.getKey()), merged.getValue() + seen.getValue());
      }
      return merged;
    }

    @Override
    public KV<String, Long> extractOutput(KV<String, Long> seen) {
      return seen;
    }

    @Override
    public Coder<KV<String, Long>> getAccumulatorCoder(
        CoderRegistry registry, Coder<String> inputCoder) {
      return KvCoder.of(NullableCoder.of(StringUtf8Coder.of()), VarLongCoder.of());
    }

    @Override
    public Coder<KV<String, Long>> getDefaultOutputCoder(
        CoderRegistry registry, Coder<String> inputCoder) {
      return getAccumulatorCoder(registry, inputCoder);
    }

    private static String first(String a, String b) {
      if (a == null) {
        return b;
      }
      return b == null || a.compareTo(b) <= 0 ? a : b;
    }
  }
}
