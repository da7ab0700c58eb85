package dev.wiretrace.direction;

import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.GroupByKeyInBuckets;
import java.util.List;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Every copying pair under each of its two documents: what one document can see of all its pairs.
 */
public class GroupPairsByDocument
    extends PTransform<PCollection<PairScore>, PCollection<KV<String, Iterable<PairScore>>>> {
  private final Buckets buckets;

  private GroupPairsByDocument(Buckets buckets) {
    this.buckets = buckets;
  }

  /** Groups the pairs by bucket of document ids. */
  public static GroupPairsByDocument in(Buckets buckets) {
    return new GroupPairsByDocument(buckets);
  }

  @Override
  public PCollection<KV<String, Iterable<PairScore>>> expand(PCollection<PairScore> pairs) {
    return pairs
        .apply(
            "KeyPairByEachDocument",
            FlatMapElements.into(
                    TypeDescriptors.kvs(
                        TypeDescriptors.strings(), TypeDescriptor.of(PairScore.class)))
                .via((PairScore p) -> List.of(KV.of(p.getA().id(), p), KV.of(p.getB().id(), p))))
        .setCoder(ModelCoders.keyedByString(pairs.getPipeline(), PairScore.class))
        .apply("GroupByDocument", GroupByKeyInBuckets.of(buckets));
  }
}
