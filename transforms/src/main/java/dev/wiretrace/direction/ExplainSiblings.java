package dev.wiretrace.direction;

import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.CoGroupByKeyInBuckets;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Removes copying pairs that are siblings under a third document (see {@link SiblingExplainer}):
 * each document looks at all its pairs to find explainers from its side, and a pair is dropped when
 * both its sides name a common explainer. Each document gathers, beside its pairs, how much of each
 * side's other text that side's other partners share ({@link MeasureOutsideShared}): the direction
 * rules weigh it, here to tell which third documents are upstream, and later, carried by the pairs
 * kept, to orient them.
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

  @Override
  public PCollection<PairScore> expand(PCollection<PairScore> pairs) {
    Pipeline pipeline = pairs.getPipeline();
    PCollection<KV<String, OutsideShared>> figures =
        pairs.apply("MeasureOutsideShared", MeasureOutsideShared.in(buckets));
    PCollection<KV<String, PairScore>> byDocument =
        pairs.apply("KeyPairByEachDocument", new KeyByEachDocument());
    // named tags, not anonymous subclasses, which would hold this transform and its inputs
    TupleTag<PairScore> pairsOfDocument = new TupleTag<>("pairsOfDocument");
    TupleTag<OutsideShared> figuresOfDocument = new TupleTag<>("outsideShared");
    PCollection<KV<String, SideView>> sideViews =
        KeyedPCollectionTuple.of(pairsOfDocument, byDocument)
            .and(figuresOfDocument, figures)
            .apply("GroupByDocument", CoGroupByKeyInBuckets.of(buckets))
            .apply(
                "FindExplainers",
                ParDo.of(new FindExplainersFn(pairsOfDocument, figuresOfDocument)))
            .setCoder(ModelCoders.keyedByString(pipeline, SideView.class));
    PCollection<KV<String, PairScore>> keyed = pairs.apply("KeyPairs", new KeyByPair());
    TupleTag<PairScore> pairTag = new TupleTag<>("pairs");
    TupleTag<SideView> sideTag = new TupleTag<>("sideViews");
    return KeyedPCollectionTuple.of(pairTag, keyed)
        .and(sideTag, sideViews)
        .apply("JoinExplainers", CoGroupByKeyInBuckets.of(buckets))
        .apply("KeepUnexplained", ParDo.of(new KeepUnexplainedFn(pairTag, sideTag)))
        .setCoder(ModelCoders.of(pipeline, PairScore.class));
  }
}
