package dev.wiretrace.direction;

import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.CoGroupByKeyInBuckets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Tells each target the candidate sources of its own candidates, by id: whether one candidate is a
 * copy of another is what {@link ParentSelector} needs to prefer the upstream one when it explains
 * the target's text as well. Only ids are shuffled, not the edges.
 */
class FindSourcesOfCandidates
    extends PTransform<PCollection<CopyEdge>, PCollection<KV<String, KV<String, List<String>>>>> {
  private final Buckets buckets;

  FindSourcesOfCandidates(Buckets buckets) {
    this.buckets = buckets;
  }

  @Override
  public PCollection<KV<String, KV<String, List<String>>>> expand(
      PCollection<CopyEdge> candidates) {
    PCollection<KV<String, String>> sourceByTarget =
        idPairs(
            candidates, "ListSourceByTarget", edge -> KV.of(edge.getTarget(), edge.getSource()));
    PCollection<KV<String, String>> targetBySource =
        idPairs(
            candidates, "ListTargetBySource", edge -> KV.of(edge.getSource(), edge.getTarget()));
    TupleTag<String> sources = new TupleTag<>("sources");
    TupleTag<String> targets = new TupleTag<>("targets");
    return KeyedPCollectionTuple.of(sources, sourceByTarget)
        .and(targets, targetBySource)
        .apply("JoinSourcesAndTargets", CoGroupByKeyInBuckets.of(buckets))
        .apply("TellTargets", ParDo.of(new TellTargetsFn(sources, targets)))
        .setCoder(
            KvCoder.of(
                StringUtf8Coder.of(),
                KvCoder.of(StringUtf8Coder.of(), ListCoder.of(StringUtf8Coder.of()))));
  }

  private static PCollection<KV<String, String>> idPairs(
      PCollection<CopyEdge> candidates,
      String label,
      SerializableFunction<CopyEdge, KV<String, String>> pair) {
    return candidates
        .apply(
            label,
            MapElements.into(
                    TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                .via(pair))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  /** For one document: tells each document it is a candidate source of what its own sources are. */
  static class TellTargetsFn
      extends DoFn<KV<String, CoGbkResult>, KV<String, KV<String, List<String>>>> {
    private final TupleTag<String> sources;
    private final TupleTag<String> targets;

    TellTargetsFn(TupleTag<String> sources, TupleTag<String> targets) {
      this.sources = sources;
      this.targets = targets;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      String document = context.element().getKey();
      CoGbkResult joined = context.element().getValue();
      List<String> sourcesOfDocument = new ArrayList<>();
      joined.getAll(sources).forEach(sourcesOfDocument::add);
      if (sourcesOfDocument.isEmpty()) {
        return;
      }
      sourcesOfDocument.sort(null);
      for (String target : joined.getAll(targets)) {
        context.output(KV.of(target, KV.of(document, sourcesOfDocument)));
      }
    }
  }
}
