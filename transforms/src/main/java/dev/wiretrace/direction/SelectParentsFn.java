package dev.wiretrace.direction;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.CopyEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Chooses one target document's primary and secondary parents, from its candidate edges and the
 * candidate sources of its candidates.
 */
class SelectParentsFn extends DoFn<KV<String, CoGbkResult>, CopyEdge> {
  private final Counter edges = Metrics.counter(SelectParentsFn.class, Counters.DOCUMENT_EDGES);
  private final Counter documentsWithParent =
      Metrics.counter(SelectParentsFn.class, Counters.DOCUMENTS_WITH_PARENT);
  private final Counter redundant =
      Metrics.counter(SelectParentsFn.class, Counters.CANDIDATE_SOURCES_EXPLAINED_BY_PRIMARY);

  private final TupleTag<CopyEdge> candidateTag;
  private final TupleTag<KV<String, List<String>>> sourcesTag;

  SelectParentsFn(TupleTag<CopyEdge> candidateTag, TupleTag<KV<String, List<String>>> sourcesTag) {
    this.candidateTag = candidateTag;
    this.sourcesTag = sourcesTag;
  }

  @ProcessElement
  public void process(ProcessContext context) {
    CoGbkResult joined = context.element().getValue();
    List<CopyEdge> candidates = new ArrayList<>();
    joined.getAll(candidateTag).forEach(candidates::add);
    if (candidates.isEmpty()) {
      return;
    }
    Map<String, List<String>> sourcesOf = new HashMap<>();
    for (KV<String, List<String>> sources : joined.getAll(sourcesTag)) {
      sourcesOf.put(sources.getKey(), sources.getValue());
    }
    List<CopyEdge> parents = ParentSelector.select(candidates, sourcesOf);
    if (!parents.isEmpty()) {
      documentsWithParent.inc();
    }
    long sources = candidates.stream().map(CopyEdge::getSource).distinct().count();
    redundant.inc(sources - parents.size());
    edges.inc(parents.size());
    parents.forEach(context::output);
  }
}
