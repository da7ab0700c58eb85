package dev.wiretrace.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outlet graph as a picture: which outlets feed which. Line width follows the number of
 * documents copied; a wire agency that has no document of its own in the corpus is drawn dashed.
 */
final class OutletGraph {
  /**
   * More outlets than this make a picture no one can read; the table beside it lists every edge.
   */
  static final int MAX_OUTLETS = 60;

  private OutletGraph() {}

  record Picture(String svg, int outletsDrawn, int outletsInEdges) {}

  static Picture draw(StoryIndex index) {
    Map<String, Integer> weight = new HashMap<>();
    for (StoryIndex.OutletEdge edge : index.outletEdges) {
      weight.merge(edge.source(), edge.documents(), Integer::sum);
      weight.merge(edge.target(), edge.documents(), Integer::sum);
    }
    List<String> outlets =
        weight.keySet().stream()
            .sorted(Comparator.comparingInt((String o) -> -weight.get(o)).thenComparing(o -> o))
            .limit(MAX_OUTLETS)
            .sorted()
            .collect(Collectors.toList());
    Set<String> drawn = new HashSet<>(outlets);
    Set<String> inCorpus = new HashSet<>();
    index.documents.values().forEach(d -> inCorpus.add(d.outlet()));

    GraphLayout layout = new GraphLayout();
    Map<String, String> classes = new HashMap<>();
    for (String outlet : outlets) {
      boolean agencyOnly = index.wireAgencies.contains(outlet) && !inCorpus.contains(outlet);
      layout.node(outlet, agencyOnly ? outlet + " (wire, not in corpus)" : outlet);
      if (agencyOnly) {
        classes.put(outlet, "agency");
      }
    }
    int most =
        index.outletEdges.stream().mapToInt(StoryIndex.OutletEdge::documents).max().orElse(1);
    List<GraphSvg.EdgeLook> looks = new ArrayList<>();
    for (StoryIndex.OutletEdge edge : index.outletEdges) {
      if (!drawn.contains(edge.source())
          || !drawn.contains(edge.target())
          || edge.source().equals(edge.target())) {
        continue;
      }
      layout.edge(edge.source(), edge.target());
      looks.add(
          new GraphSvg.EdgeLook(
              1.6 + 6.0 * Math.sqrt((double) edge.documents() / most),
              !edge.primary(),
              edge.source()
                  + " -> "
                  + edge.target()
                  + ": "
                  + edge.documents()
                  + (edge.documents() == 1 ? " document" : " documents")
                  + (edge.primary() ? "" : " (secondary sources only)")));
    }
    String svg =
        GraphSvg.render(
            layout.layout(),
            classes,
            looks,
            Map.of(),
            "Outlet graph: who copies whom",
            "Each box is an outlet; each arrow runs from the outlet copied to the outlet that copied"
                + " it, wider for more documents. Dashed boxes are wire agencies with no document in"
                + " the corpus; dashed arrows carry secondary sources only. Outlets: "
                + String.join(", ", outlets)
                + ".");
    return new Picture(svg, outlets.size(), weight.size());
  }
}
