package dev.wiretrace.direction;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.CopyEdge;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** Chooses one target document's primary and secondary parents. */
class SelectParentsFn extends DoFn<KV<String, Iterable<CopyEdge>>, CopyEdge> {
  private final Counter edges = Metrics.counter(SelectParentsFn.class, Counters.DOCUMENT_EDGES);
  private final Counter documentsWithParent =
      Metrics.counter(SelectParentsFn.class, Counters.DOCUMENTS_WITH_PARENT);
  private final Counter redundant =
      Metrics.counter(SelectParentsFn.class, Counters.CANDIDATE_SOURCES_EXPLAINED_BY_PRIMARY);

  @ProcessElement
  public void process(ProcessContext context) {
    List<CopyEdge> candidates = new ArrayList<>();
    context.element().getValue().forEach(candidates::add);
    List<CopyEdge> parents = ParentSelector.select(candidates);
    if (!parents.isEmpty()) {
      documentsWithParent.inc();
    }
    long sources = candidates.stream().map(CopyEdge::getSource).distinct().count();
    redundant.inc(sources - parents.size());
    edges.inc(parents.size());
    parents.forEach(context::output);
  }
}
