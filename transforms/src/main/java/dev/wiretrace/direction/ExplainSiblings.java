package dev.wiretrace.direction;

import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.CoGroupByKeyInBuckets;
import dev.wiretrace.shuffle.GroupByKeyInBuckets;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Removes copying pairs that are siblings under a third document (see {@link SiblingExplainer}):
 * each document looks at all its pairs to find explainers from its side, and a pair is dropped when
 * both its sides name a common explainer. The pairs kept learn, for each side, how much of that
 * side's other text its other partners share, which the direction rules use.
 */
public class ExplainSiblings extends PTransform<PCollection<PairScore>, PCollection<PairScore>> {
  private final Buckets buckets;

  private ExplainSiblings(Buckets buckets) {
    this.buckets = buckets;
  }

  /** Groups the pairs by bucket of document ids and of pairs. */
  public static ExplainSiblings in(Buckets buckets) {
    return new ExplainSiblings(buckets);
  }

  static String pairKey(PairScore pair) {
    return pair.getA().id() + '\u0000' + pair.getB().id();
  }

  @Override
  public PCollection<PairScore> expand(PCollection<PairScore> pairs) {
    Pipeline pipeline = pairs.getPipeline();
    PCollection<KV<String, SideView>> sideViews =
        pairs
            .apply(
                "KeyPairByEachDocument",
                FlatMapElements.into(
                        TypeDescriptors.kvs(
                            TypeDescriptors.strings(), TypeDescriptor.of(PairScore.class)))
                    .via(
                        (PairScore p) -> List.of(KV.of(p.getA().id(), p), KV.of(p.getB().id(), p))))
            .setCoder(ModelCoders.keyedByString(pipeline, PairScore.class))
            .apply("GroupPairsByDocument", GroupByKeyInBuckets.of(buckets))
            .apply("FindExplainers", ParDo.of(new FindExplainersFn()))
            .setCoder(ModelCoders.keyedByString(pipeline, SideView.class));
    PCollection<KV<String, PairScore>> keyed =
        pairs
            .apply(
                "KeyPairs",
                WithKeys.of(ExplainSiblings::pairKey).withKeyType(TypeDescriptors.strings()))
            .setCoder(ModelCoders.keyedByString(pipeline, PairScore.class));
    TupleTag<PairScore> pairTag = new TupleTag<PairScore>() {};
    TupleTag<SideView> sideTag = new TupleTag<SideView>() {};
    return KeyedPCollectionTuple.of(pairTag, keyed)
        .and(sideTag, sideViews)
        .apply("JoinExplainers", CoGroupByKeyInBuckets.of(buckets))
        .apply("KeepUnexplained", ParDo.of(new KeepUnexplainedFn(pairTag, sideTag)))
        .setCoder(ModelCoders.of(pipeline, PairScore.class));
  }
}
