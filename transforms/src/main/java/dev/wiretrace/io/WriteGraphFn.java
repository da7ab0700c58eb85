package dev.wiretrace.io;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.graph.CitationGraph;
import dev.wiretrace.graph.EdgesCsv;
import dev.wiretrace.graph.GraphDot;
import dev.wiretrace.graph.GraphJson;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.GraphNode;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;

/** Builds the citation graph from all nodes and edges and writes its three files. */
class WriteGraphFn extends DoFn<String, Void> {
  private final Counter outletEdges = Metrics.counter(WriteGraphFn.class, Counters.OUTLET_EDGES);

  private final String directory;
  private final PCollectionView<List<GraphNode>> nodes;
  private final PCollectionView<List<CopyEdge>> edges;

  WriteGraphFn(
      String directory, PCollectionView<List<GraphNode>> nodes, PCollectionView<List<CopyEdge>> edges) {
    this.directory = directory;
    this.nodes = nodes;
    this.edges = edges;
  }

  @ProcessElement
  public void process(ProcessContext context) throws IOException {
    CitationGraph graph = CitationGraph.build(context.sideInput(nodes), context.sideInput(edges));
    OutputFiles.write(directory, "edges.csv", EdgesCsv.render(graph));
    OutputFiles.write(directory, "graph.json", out -> GraphJson.write(graph, out));
    OutputFiles.write(directory, "graph.dot", GraphDot.render(graph));
    outletEdges.inc(graph.outletEdges().size());
  }
}
