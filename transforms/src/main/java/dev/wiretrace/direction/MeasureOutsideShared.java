package dev.wiretrace.direction;

import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.CoGroupByKeyInBuckets;
import dev.wiretrace.shuffle.GroupByKeyInBuckets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Tells each copying pair, for each side, how many of that side's words beyond the pair's shared
 * text its other partners share ({@link PairScore#getOutsideSharedA}). The direction rules weigh it
 * before siblings are set aside: which document of a pair is upstream decides which third documents
 * may explain the pair.
 */
public class MeasureOutsideShared
    extends PTransform<PCollection<PairScore>, PCollection<PairScore>> {
  private final Buckets buckets;

  private MeasureOutsideShared(Buckets buckets) {
    this.buckets = buckets;
  }

  /** Groups the pairs by bucket of document ids and of pairs. */
  public static MeasureOutsideShared in(Buckets buckets) {
    return new MeasureOutsideShared(buckets);
  }

  @Override
  public PCollection<PairScore> expand(PCollection<PairScore> pairs) {
    Pipeline pipeline = pairs.getPipeline();
    PCollection<KV<String, KV<String, Integer>>> outside =
        pairs
            .apply(
                "ListSides",
                FlatMapElements.into(
                        TypeDescriptors.kvs(
                            TypeDescriptors.strings(), TypeDescriptor.of(SideCoverage.class)))
                    .via(
                        (PairScore p) ->
                            List.of(
                                KV.of(p.getA().id(), SideCoverage.of(p.getA().id(), p)),
                                KV.of(p.getB().id(), SideCoverage.of(p.getB().id(), p)))))
            .setCoder(ModelCoders.keyedByString(pipeline, SideCoverage.class))
            .apply("GroupSidesByDocument", GroupByKeyInBuckets.of(buckets))
            .apply("MeasureEachSide", ParDo.of(new MeasureSideFn()))
            .setCoder(
                KvCoder.of(
                    StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of())));
    PCollection<KV<String, PairScore>> keyed = pairs.apply("KeyPairs", new KeyByPair());
    // named tags, not anonymous subclasses, which would hold this transform and its inputs
    TupleTag<PairScore> pairTag = new TupleTag<>("pairs");
    TupleTag<KV<String, Integer>> sideTag = new TupleTag<>("outsideShared");
    return KeyedPCollectionTuple.of(pairTag, keyed)
        .and(sideTag, outside)
        .apply("JoinSides", CoGroupByKeyInBuckets.of(buckets))
        .apply("AnnotatePairs", ParDo.of(new AnnotatePairFn(pairTag, sideTag)))
        .setCoder(ModelCoders.of(pipeline, PairScore.class));
  }

  /** For one document and its sides of all its pairs: each pair's outside-shared words there. */
  static class MeasureSideFn
      extends DoFn<KV<String, Iterable<SideCoverage>>, KV<String, KV<String, Integer>>> {
    @ProcessElement
    public void process(ProcessContext context) {
      String document = context.element().getKey();
      List<SideCoverage> sides = new ArrayList<>();
      context.element().getValue().forEach(sides::add);
      List<Integer> outside = SiblingExplainer.outsideShared(sides);
      for (int i = 0; i < sides.size(); i++) {
        context.output(KV.of(sides.get(i).getPairKey(), KV.of(document, outside.get(i))));
      }
    }
  }

  /** The pair with both sides' figures. */
  static class AnnotatePairFn extends DoFn<KV<String, CoGbkResult>, PairScore> {
    private final TupleTag<PairScore> pairs;
    private final TupleTag<KV<String, Integer>> sides;

    AnnotatePairFn(TupleTag<PairScore> pairs, TupleTag<KV<String, Integer>> sides) {
      this.pairs = pairs;
      this.sides = sides;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      CoGbkResult joined = context.element().getValue();
      PairScore.Builder pair = joined.getOnly(pairs).toBuilder();
      String a = pair.build().getA().id();
      for (KV<String, Integer> side : joined.getAll(sides)) {
        if (side.getKey().equals(a)) {
          pair.setOutsideSharedA(side.getValue());
        } else {
          pair.setOutsideSharedB(side.getValue());
        }
      }
      context.output(pair.build());
    }
  }
}
