package dev.wiretrace.direction;

import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.GroupByKeyInBuckets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Measures, for each side of each copying pair, how many of that side's words beyond the pair's
 * shared text its other partners share ({@link PairScore#getOutsideSharedA}), and sends each figure
 * to both documents of the pair, keyed by document: there {@link ExplainSiblings} gathers a
 * document's pairs, and the direction rules weigh the figures before siblings are set aside. Only
 * each side's shared-word ranges cross the shuffle, not the pairs.
 */
public class MeasureOutsideShared
    extends PTransform<PCollection<PairScore>, PCollection<KV<String, OutsideShared>>> {
  private final Buckets buckets;

  private MeasureOutsideShared(Buckets buckets) {
    this.buckets = buckets;
  }

  /** Groups the sides by bucket of document ids. */
  public static MeasureOutsideShared in(Buckets buckets) {
    return new MeasureOutsideShared(buckets);
  }

  @Override
  public PCollection<KV<String, OutsideShared>> expand(PCollection<PairScore> pairs) {
    Pipeline pipeline = pairs.getPipeline();
    return pairs
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
        .setCoder(ModelCoders.keyedByString(pipeline, OutsideShared.class));
  }

  /** For one document and its sides of all its pairs: each figure, to both of the pair. */
  static class MeasureSideFn
      extends DoFn<KV<String, Iterable<SideCoverage>>, KV<String, OutsideShared>> {
    @ProcessElement
    public void process(ProcessContext context) {
      String document = context.element().getKey();
      List<SideCoverage> sides = new ArrayList<>();
      context.element().getValue().forEach(sides::add);
      List<Integer> outside = SiblingExplainer.outsideShared(sides);
      for (int i = 0; i < sides.size(); i++) {
        SideCoverage side = sides.get(i);
        OutsideShared figure = OutsideShared.create(side.getPairKey(), document, outside.get(i));
        context.output(KV.of(document, figure));
        context.output(KV.of(side.getPartner(), figure));
      }
    }
  }
}
