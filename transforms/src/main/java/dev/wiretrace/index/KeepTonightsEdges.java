package dev.wiretrace.index;

import dev.wiretrace.io.SideInputSet;
import dev.wiretrace.match.KeepListedDocumentsFn;
import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.GraphNode;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.DistinctInBuckets;
import dev.wiretrace.shuffle.ViewOfAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Keeps the edges a tonight's document is an end of: edges among earlier documents were reported on
 * their own nights, and were decided again here only as context. The earlier documents at the ends
 * of the kept edges, or standing in for their wire source, come out as graph nodes.
 */
public class KeepTonightsEdges extends PTransform<PCollection<CopyEdge>, PCollectionTuple> {
  public static final TupleTag<CopyEdge> EDGES = new TupleTag<CopyEdge>() {};
  private static final TupleTag<HashedDocument> TONIGHT = new TupleTag<HashedDocument>() {};
  private static final TupleTag<DocumentProfile> EARLIER = new TupleTag<DocumentProfile>() {};

  /** Output: the earlier documents that tonight's edges reach. */
  public static final TupleTag<GraphNode> EARLIER_NODES = new TupleTag<GraphNode>() {};

  private final PCollection<HashedDocument> tonight;
  private final PCollection<DocumentProfile> earlier;
  private final Buckets buckets;

  private KeepTonightsEdges(
      PCollection<HashedDocument> tonight, PCollection<DocumentProfile> earlier, Buckets buckets) {
    this.tonight = tonight;
    this.earlier = earlier;
    this.buckets = buckets;
  }

  /**
   * Keeps the edges of tonight's documents; the earlier documents the join paired with tonight's
   * ({@code JoinDocuments.EARLIER_CANDIDATES}) give the nodes at their other ends.
   */
  public static KeepTonightsEdges of(
      PCollection<HashedDocument> tonight, PCollection<DocumentProfile> earlier) {
    return new KeepTonightsEdges(tonight, earlier, Buckets.of(Buckets.PER_WORKER));
  }

  public KeepTonightsEdges withBuckets(Buckets buckets) {
    return new KeepTonightsEdges(tonight, earlier, buckets);
  }

  /** Tonight's documents and the earlier ones are inputs of this transform, beside the edges. */
  @Override
  public Map<TupleTag<?>, PValue> getAdditionalInputs() {
    return Map.of(TONIGHT, tonight, EARLIER, earlier);
  }

  @Override
  public PCollectionTuple expand(PCollection<CopyEdge> allEdges) {
    Pipeline pipeline = allEdges.getPipeline();
    PCollectionView<List<String>> tonightsIds =
        tonight
            .apply(
                "ListTonightsIds",
                MapElements.into(TypeDescriptors.strings()).via(HashedDocument::id))
            .apply("ViewTonightsIds", ViewOfAll.asList());
    PCollection<CopyEdge> edges =
        allEdges
            .apply(
                "DropEarlierOnlyEdges",
                ParDo.of(new KeepTonightsEdgesFn(tonightsIds)).withSideInputs(tonightsIds))
            .setCoder(ModelCoders.of(pipeline, CopyEdge.class));
    PCollectionView<List<String>> ends =
        edges
            .apply(
                "ListEdgeEnds",
                FlatMapElements.into(TypeDescriptors.strings())
                    .via(
                        (CopyEdge e) -> {
                          List<String> named = new ArrayList<>(e.getVia());
                          named.add(e.getSource());
                          named.add(e.getTarget());
                          return named;
                        }))
            .apply("DistinctEdgeEnds", DistinctInBuckets.of(buckets))
            .apply("ViewEdgeEnds", ViewOfAll.asList());
    PCollection<GraphNode> earlierNodes =
        earlier
            .apply(
                "KeepEarlierEnds",
                ParDo.of(new KeepListedDocumentsFn<>(ends, DocumentProfile::id))
                    .withSideInputs(ends))
            .setCoder(ModelCoders.of(pipeline, DocumentProfile.class))
            .apply(
                "DescribeEarlierDocuments",
                MapElements.into(TypeDescriptor.of(GraphNode.class))
                    .via((DocumentProfile d) -> GraphNode.document(d)))
            .setCoder(ModelCoders.of(pipeline, GraphNode.class));
    return PCollectionTuple.of(EDGES, edges).and(EARLIER_NODES, earlierNodes);
  }

  static class KeepTonightsEdgesFn extends DoFn<CopyEdge, CopyEdge> {
    private final Counter acrossNights =
        Metrics.counter(KeepTonightsEdgesFn.class, Counters.EDGES_ACROSS_NIGHTS);
    private final Counter dropped =
        Metrics.counter(KeepTonightsEdgesFn.class, Counters.EARLIER_ONLY_EDGES_DROPPED);
    private final PCollectionView<List<String>> tonightsIds;
    private transient SideInputSet<String> tonightsSet;

    KeepTonightsEdgesFn(PCollectionView<List<String>> tonightsIds) {
      this.tonightsIds = tonightsIds;
    }

    @Setup
    public void setUp() {
      tonightsSet = new SideInputSet<>();
    }

    @ProcessElement
    public void process(ProcessContext context) {
      Set<String> tonight = tonightsSet.of(context.sideInput(tonightsIds));
      CopyEdge edge = context.element();
      boolean sourceTonight = tonight.contains(edge.getSource());
      boolean targetTonight = tonight.contains(edge.getTarget());
      if (!sourceTonight && !targetTonight) {
        dropped.inc();
        return;
      }
      if (!targetTonight || (!sourceTonight && !CopyEdge.isWireNode(edge.getSource()))) {
        acrossNights.inc();
      }
      context.output(edge);
    }
  }
}
