package dev.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {
  private final GraphLayout.Laid chain =
      new GraphLayout()
          .node("wire:AFP", "AFP wire")
          .node("presstv", "Press TV")
          .node("fna", "FNA")
          .node("blog", "WordPress blog of a reader")
          .edge("wire:AFP", "presstv")
          .edge("presstv", "fna")
          .edge("wire:AFP", "fna")
          .edge("wire:AFP", "blog")
          .layout();

  @Test
  void everyCopyIsRightOfWhatItCopied() {
    for (GraphLayout.Laid.Route route : chain.routes()) {
      GraphLayout.Laid.Node source = chain.nodes().get(route.source());
      GraphLayout.Laid.Node target = chain.nodes().get(route.target());
      assertTrue(
          source.x() + source.width() <= target.x(), route.source() + " -> " + route.target());
    }
  }

  @Test
  void boxesDoNotOverlapAndFitTheDrawing() {
    List<GraphLayout.Laid.Node> nodes = List.copyOf(chain.nodes().values());
    for (int i = 0; i < nodes.size(); i++) {
      GraphLayout.Laid.Node a = nodes.get(i);
      assertTrue(a.x() >= 0 && a.y() >= 0, a.id());
      assertTrue(
          a.x() + a.width() <= chain.width() && a.y() + a.height() <= chain.height(), a.id());
      for (int j = i + 1; j < nodes.size(); j++) {
        GraphLayout.Laid.Node b = nodes.get(j);
        boolean apart =
            a.x() + a.width() <= b.x()
                || b.x() + b.width() <= a.x()
                || a.y() + a.height() <= b.y()
                || b.y() + b.height() <= a.y();
        assertTrue(apart, a.id() + " overlaps " + b.id());
      }
    }
  }

  @Test
  void eachEdgeRunsFromItsSourceBoxToItsTargetBox() {
    assertEquals(4, chain.routes().size());
    for (GraphLayout.Laid.Route route : chain.routes()) {
      assertFalse(route.points().size() < 2, route.toString());
      double[] start = route.points().get(0);
      double[] end = route.points().get(route.points().size() - 1);
      GraphLayout.Laid.Node source = chain.nodes().get(route.source());
      GraphLayout.Laid.Node target = chain.nodes().get(route.target());
      assertEquals(source.x() + source.width(), start[0], 1.0, "starts on the source's right side");
      assertEquals(target.x(), end[0], 1.0, "ends on the target's left side");
    }
  }

  @Test
  void longerLabelsMakeWiderBoxes() {
    assertTrue(chain.nodes().get("blog").width() > chain.nodes().get("fna").width());
  }

  @Test
  void graphsOfOneShapeHaveOneLayoutWhateverTheirNames() {
    GraphLayout.Laid other =
        new GraphLayout()
            .node("wire:Reuters", "Reuters wire")
            .node("x", "Daily Star")
            .node("y", "RTE")
            .node("z", "A blog with a long name")
            .edge("wire:Reuters", "x")
            .edge("x", "y")
            .edge("wire:Reuters", "y")
            .edge("wire:Reuters", "z")
            .layout();
    assertEquals(chain.nodes().get("fna").x(), other.nodes().get("y").x());
    assertEquals(chain.nodes().get("blog").y(), other.nodes().get("z").y());
    assertEquals("RTE", other.nodes().get("y").label());
    assertEquals("x", other.routes().get(1).source());
  }

  @Test
  void anEdgeToAnUnknownNodeIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new GraphLayout().node("a", "A").edge("a", "b"));
  }
}
