package dev.wiretrace.graph;

import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.GraphNode;
import dev.wiretrace.model.OutletKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The whole citation graph, in a fixed order: document, wire and outlet nodes; document edges; and
 * the outlet edges they roll up to. The order depends only on the content, never on the runner, so
 * the same corpus always gives byte-identical files.
 */
public final class CitationGraph {
  private static final List<String> TYPE_ORDER =
      List.of(GraphNode.DOCUMENT, GraphNode.WIRE, GraphNode.OUTLET);

  private final List<GraphNode> nodes;
  private final List<CopyEdge> documentEdges;
  private final List<OutletEdge> outletEdges;

  private CitationGraph(
      List<GraphNode> nodes, List<CopyEdge> documentEdges, List<OutletEdge> outletEdges) {
    this.nodes = nodes;
    this.documentEdges = documentEdges;
    this.outletEdges = outletEdges;
  }

  public static CitationGraph build(List<GraphNode> documents, List<CopyEdge> edges) {
    Map<String, String> outletOf = new HashMap<>();
    TreeMap<String, GraphNode> nodes = new TreeMap<>();
    for (GraphNode document : documents) {
      nodes.put(document.getId(), document);
      outletOf.put(document.getId(), document.getOutlet());
    }
    List<CopyEdge> sorted = new ArrayList<>(edges);
    sorted.sort(
        Comparator.comparing(CopyEdge::getSource)
            .thenComparing(CopyEdge::getTarget)
            .thenComparing(e -> !e.getPrimary()));
    for (CopyEdge edge : sorted) {
      if (CopyEdge.isWireNode(edge.getSource())) {
        String agency = edge.getSource().substring(CopyEdge.WIRE_PREFIX.length());
        nodes.putIfAbsent(edge.getSource(), GraphNode.wire(agency));
        outletOf.put(edge.getSource(), agency);
      }
    }
    List<OutletEdge> outletEdges = rollUp(sorted, outletOf);
    for (OutletEdge edge : outletEdges) {
      nodes.putIfAbsent("outlet:" + edge.source(), GraphNode.outlet(edge.source()));
      nodes.putIfAbsent("outlet:" + edge.target(), GraphNode.outlet(edge.target()));
    }
    List<GraphNode> ordered = new ArrayList<>(nodes.values());
    ordered.sort(
        Comparator.comparingInt((GraphNode n) -> TYPE_ORDER.indexOf(n.getType()))
            .thenComparing(GraphNode::getId));
    return new CitationGraph(List.copyOf(ordered), List.copyOf(sorted), outletEdges);
  }

  private static List<OutletEdge> rollUp(List<CopyEdge> edges, Map<String, String> outletOf) {
    record Key(String source, String target) {}
    Map<Key, List<CopyEdge>> groups =
        new TreeMap<>(Comparator.comparing(Key::source).thenComparing(Key::target));
    for (CopyEdge edge : edges) {
      String source = outletOf.get(edge.getSource());
      String target = outletOf.get(edge.getTarget());
      if (source == null || target == null || OutletKey.same(source, target)) {
        continue;
      }
      groups.computeIfAbsent(new Key(source, target), k -> new ArrayList<>()).add(edge);
    }
    List<OutletEdge> rolled = new ArrayList<>();
    groups.forEach(
        (key, group) -> {
          TreeSet<String> targets = new TreeSet<>();
          List<String> labels = new ArrayList<>();
          int words = 0;
          boolean primary = false;
          for (CopyEdge edge : group) {
            targets.add(edge.getTarget());
            labels.add(edge.getSource() + "->" + edge.getTarget());
            words += edge.getSharedWords();
            primary |= edge.getPrimary();
          }
          rolled.add(
              new OutletEdge(key.source(), key.target(), primary, targets.size(), words, labels));
        });
    return List.copyOf(rolled);
  }

  public List<GraphNode> nodes() {
    return nodes;
  }

  public List<CopyEdge> documentEdges() {
    return documentEdges;
  }

  public List<OutletEdge> outletEdges() {
    return outletEdges;
  }
}
