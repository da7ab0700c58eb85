package dev.wiretrace.graph;

import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.GraphNode;

/**
 * Renders {@code graph.dot} for Graphviz: the outlet graph, then the document graph. Secondary
 * parents are dashed; wire sources are dashed boxes.
 */
public final class GraphDot {
  private GraphDot() {}

  public static String render(CitationGraph graph) {
    StringBuilder dot = new StringBuilder();
    dot.append("digraph outlets {\n  rankdir=LR;\n  node [shape=ellipse];\n");
    for (GraphNode node : graph.nodes()) {
      if (GraphNode.OUTLET.equals(node.getType())) {
        dot.append("  ").append(quote(node.getOutlet())).append(";\n");
      }
    }
    for (OutletEdge edge : graph.outletEdges()) {
      dot.append(
          String.format(
              "  %s -> %s [label=%s%s];%n",
              quote(edge.source()),
              quote(edge.target()),
              quote(edge.documents() + " doc, " + edge.sharedWords() + " words"),
              edge.primary() ? "" : ", style=dashed"));
    }
    dot.append("}\n\ndigraph documents {\n  rankdir=LR;\n  node [shape=box];\n");
    for (GraphNode node : graph.nodes()) {
      if (GraphNode.DOCUMENT.equals(node.getType())) {
        String outlet = node.getOutlet() == null ? "unknown outlet" : node.getOutlet();
        dot.append(
            String.format(
                "  %s [label=%s];%n", quote(node.getId()), quote(node.getId() + "\n" + outlet)));
      } else if (GraphNode.WIRE.equals(node.getType())) {
        dot.append(String.format("  %s [style=dashed];%n", quote(node.getId())));
      }
    }
    for (CopyEdge edge : graph.documentEdges()) {
      dot.append(
          String.format(
              "  %s -> %s [label=%s%s];%n",
              quote(edge.getSource()),
              quote(edge.getTarget()),
              quote(edge.getSharedWords() + " words"),
              edge.getPrimary() ? "" : ", style=dashed"));
    }
    dot.append("}\n");
    return dot.toString().replace("\r\n", "\n");
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
