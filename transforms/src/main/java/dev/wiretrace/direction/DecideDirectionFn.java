package dev.wiretrace.direction;

import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.PairScore;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/** Applies the {@link DirectionRules} to one copying pair. */
class DecideDirectionFn extends DoFn<PairScore, CopyEdge> {
  private final Counter directed = Metrics.counter(DecideDirectionFn.class, "directedPairs");
  private final Counter siblings = Metrics.counter(DecideDirectionFn.class, "wireSiblingPairs");
  private final Counter undetermined =
      Metrics.counter(DecideDirectionFn.class, "pairsWithoutDirectionEvidence");

  @ProcessElement
  public void process(ProcessContext context) {
    List<CopyEdge> edges = DirectionRules.decide(context.element());
    if (edges.size() > 1) {
      siblings.inc();
    } else {
      directed.inc();
      if ("low".equals(edges.get(0).getConfidence())) {
        undetermined.inc();
      }
    }
    edges.forEach(context::output);
  }
}
