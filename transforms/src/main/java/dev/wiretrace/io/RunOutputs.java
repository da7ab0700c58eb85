package dev.wiretrace.io;

import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.GraphNode;
import dev.wiretrace.model.Reject;
import dev.wiretrace.model.StrippedLine;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PInput;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;

/**
 * What a run writes ({@link WriteOutputs}): the graph's nodes and edges, the stripped lines and the
 * rejects. Typed, so each collection is a named argument, not a tag to remember.
 */
public final class RunOutputs implements PInput {
  private static final TupleTag<GraphNode> NODES = new TupleTag<GraphNode>() {};
  private static final TupleTag<CopyEdge> EDGES = new TupleTag<CopyEdge>() {};
  private static final TupleTag<StrippedLine> STRIPPED = new TupleTag<StrippedLine>() {};
  private static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  private final PCollection<GraphNode> nodes;
  private final PCollection<CopyEdge> edges;
  private final PCollection<StrippedLine> stripped;
  private final PCollection<Reject> rejects;

  private RunOutputs(
      PCollection<GraphNode> nodes,
      PCollection<CopyEdge> edges,
      PCollection<StrippedLine> stripped,
      PCollection<Reject> rejects) {
    this.nodes = nodes;
    this.edges = edges;
    this.stripped = stripped;
    this.rejects = rejects;
  }

  public static RunOutputs of(
      PCollection<GraphNode> nodes,
      PCollection<CopyEdge> edges,
      PCollection<StrippedLine> stripped,
      PCollection<Reject> rejects) {
    return new RunOutputs(nodes, edges, stripped, rejects);
  }

  public PCollection<GraphNode> nodes() {
    return nodes;
  }

  public PCollection<CopyEdge> edges() {
    return edges;
  }

  public PCollection<StrippedLine> stripped() {
    return stripped;
  }

  public PCollection<Reject> rejects() {
    return rejects;
  }

  /** Applies {@code transform} to these outputs, as {@code PCollection.apply} does. */
  public <OutputT extends POutput> OutputT apply(
      String name, PTransform<RunOutputs, OutputT> transform) {
    return Pipeline.applyTransform(name, this, transform);
  }

  @Override
  public Pipeline getPipeline() {
    return edges.getPipeline();
  }

  @Override
  public Map<TupleTag<?>, PValue> expand() {
    Map<TupleTag<?>, PValue> values = new LinkedHashMap<>();
    values.put(NODES, nodes);
    values.put(EDGES, edges);
    values.put(STRIPPED, stripped);
    values.put(REJECTS, rejects);
    return values;
  }
}
