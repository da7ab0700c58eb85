package dev.wiretrace.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.model.Confidence;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.GraphNode;
import dev.wiretrace.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationGraphTest {
  private static GraphNode node(String id, String outlet) {
    DocumentProfile profile =
        Fixtures.profile(Fixtures.clues(Fixtures.meta(id, outlet), 10), "Text.");
    return GraphNode.document(profile);
  }

  private static CopyEdge edge(String source, String target, boolean primary, int words) {
    return CopyEdge.builder()
        .setSource(source)
        .setTarget(target)
        .setPrimary(primary)
        .setSharedWords(words)
        .setScore(0.25)
        .setConfidence(Confidence.HIGH)
        .setReasons(List.of("why, with \"quotes\""))
        .build();
  }

  private final CitationGraph graph =
      CitationGraph.build(
          List.of(
              node("b", "FNA"), node("a", "Press TV"), node("c", "Press TV"), node("t", "TASS")),
          List.of(
              edge("a", "b", true, 200),
              edge("wire:AFP", "a", true, 50),
              edge("wire:AFP", "b", false, 30),
              edge("a", "c", true, 100)));

  @Test
  void rollsUpByOutletAndSkipsSelfLoops() {
    assertEquals(
        List.of(
            new OutletEdge("AFP", "FNA", false, 1, 30, List.of("wire:AFP->b")),
            new OutletEdge("AFP", "Press TV", true, 1, 50, List.of("wire:AFP->a")),
            new OutletEdge("Press TV", "FNA", true, 1, 200, List.of("a->b"))),
        graph.outletEdges());
  }

  @Test
  void nodesComeInTypeThenIdOrder() {
    assertEquals(
        List.of("a", "b", "c", "t", "wire:AFP", "outlet:AFP", "outlet:FNA", "outlet:Press TV"),
        graph.nodes().stream()
            .map(n -> n.getType().equals(GraphNode.OUTLET) ? "outlet:" + n.getId() : n.getId())
            .toList());
  }

  @Test
  void edgesCsvQuotesAndOrdersRows() {
    String csv = EdgesCsv.render(graph);
    List<String> rows = csv.lines().toList();
    assertEquals(
        "level,source,target,primary,shared_words,score,confidence,documents,via,reasons",
        rows.get(0));
    assertEquals("document,a,b,true,200,0.250,high,,,\"why, with \"\"quotes\"\"\"", rows.get(1));
    assertEquals("outlet,Press TV,FNA,true,200,,,1,,a->b", rows.get(rows.size() - 1));
    assertEquals(8, rows.size());
  }

  @Test
  void jsonAndDotCarryEveryEdge() {
    String json = GraphJson.render(graph);
    assertTrue(json.contains("\"why, with \\\"quotes\\\"\""), json);
    assertEquals(7, json.split("\"level\" :").length - 1);
    String dot = GraphDot.render(graph);
    assertTrue(dot.contains("\"Press TV\" -> \"FNA\" [label=\"1 doc, 200 words\"];"), dot);
    assertTrue(dot.contains("\"wire:AFP\" -> \"b\" [label=\"30 words\", style=dashed];"), dot);
  }
}
