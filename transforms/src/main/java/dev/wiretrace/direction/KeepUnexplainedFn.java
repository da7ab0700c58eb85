package dev.wiretrace.direction;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.PairScore;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/** Keeps a pair unless some document explains it from both of its sides. */
class KeepUnexplainedFn extends DoFn<KV<String, CoGbkResult>, PairScore> {
  private final Counter explained =
      Metrics.counter(KeepUnexplainedFn.class, Counters.PAIRS_EXPLAINED_AS_SIBLINGS);

  private final TupleTag<PairScore> pairs;
  private final TupleTag<SideView> sides;

  KeepUnexplainedFn(TupleTag<PairScore> pairs, TupleTag<SideView> sides) {
    this.pairs = pairs;
    this.sides = sides;
  }

  @ProcessElement
  public void process(ProcessContext context) {
    CoGbkResult joined = context.element().getValue();
    PairScore pair = joined.getOnly(pairs);
    List<SideView> seen = new ArrayList<>();
    joined.getAll(sides).forEach(seen::add);
    if (seen.size() == 2 && SiblingExplainer.explained(seen.get(0), seen.get(1))) {
      explained.inc();
      return;
    }
    context.output(SiblingExplainer.withSides(pair, seen));
  }
}
