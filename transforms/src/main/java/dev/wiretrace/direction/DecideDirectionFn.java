package dev.wiretrace.direction;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.Confidence;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.Pairs;
import dev.wiretrace.model.Reject;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;

/** Applies the {@link DirectionRules} to one copying pair. */
class DecideDirectionFn extends DoFn<PairScore, CopyEdge> {
  private final Counter directed =
      Metrics.counter(DecideDirectionFn.class, Counters.DIRECTED_PAIRS);
  private final Counter siblings =
      Metrics.counter(DecideDirectionFn.class, Counters.WIRE_SIBLING_PAIRS);
  private final Counter internalErrors =
      Metrics.counter(DecideDirectionFn.class, Counters.INTERNAL_ERRORS);
  private final Counter undetermined =
      Metrics.counter(DecideDirectionFn.class, Counters.PAIRS_WITHOUT_DIRECTION_EVIDENCE);

  private final PCollectionView<Map<String, Long>> partners;

  DecideDirectionFn(PCollectionView<Map<String, Long>> partners) {
    this.partners = partners;
  }

  @ProcessElement
  public void process(ProcessContext context) {
    PairScore pair = context.element();
    Map<String, Long> counts = context.sideInput(partners);
    List<CopyEdge> edges;
    try {
      edges =
          DirectionRules.decide(
              pair,
              counts.getOrDefault(pair.getA().id(), 0L),
              counts.getOrDefault(pair.getB().id(), 0L));
    } catch (RuntimeException | StackOverflowError e) {
      internalErrors.inc();
      context.output(
          DecideDirection.REJECTS,
          Reject.internalError(Pairs.name(pair.getA(), pair.getB()), "DecideDirection", e));
      return;
    }
    if (edges.size() > 1) {
      siblings.inc();
    } else {
      directed.inc();
      if (edges.get(0).getConfidence() == Confidence.LOW) {
        undetermined.inc();
      }
    }
    edges.forEach(context::output);
  }
}
