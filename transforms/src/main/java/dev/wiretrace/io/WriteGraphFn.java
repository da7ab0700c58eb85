package dev.wiretrace.io;

import dev.wiretrace.graph.CitationGraph;
import dev.wiretrace.graph.EdgesCsv;
import dev.wiretrace.graph.GraphDot;
import dev.wiretrace.graph.GraphJson;
import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.GraphNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;

/** Builds the citation graph from all nodes and edges and writes its three files. */
class WriteGraphFn extends DoFn<CoGbkResult, Void> {
  private final Counter outletEdges = Metrics.counter(WriteGraphFn.class, Counters.OUTLET_EDGES);

  private final String directory;

  WriteGraphFn(String directory) {
    this.directory = directory;
  }

  @ProcessElement
  public void process(@Element CoGbkResult all) throws IOException {
    List<GraphNode> nodes = new ArrayList<>();
    all.getAll(WriteOutputs.NODES).forEach(nodes::add);
    List<CopyEdge> edges = new ArrayList<>();
    all.getAll(WriteOutputs.EDGES).forEach(edges::add);
    CitationGraph graph = CitationGraph.build(nodes, edges);
    OutputFiles.write(directory, "edges.csv", EdgesCsv.render(graph));
    OutputFiles.write(directory, "graph.json", out -> GraphJson.write(graph, out));
    OutputFiles.write(directory, "graph.dot", GraphDot.render(graph));
    outletEdges.inc(graph.outletEdges().size());
  }
}
