package dev.wiretrace.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.GraphNode;
import dev.wiretrace.model.SharedPassage;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Renders {@code graph.json}: nodes, and edges with their evidence. */
public final class GraphJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GraphJson() {}

  public static String render(CitationGraph graph) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode nodes = root.putArray("nodes");
    for (GraphNode node : graph.nodes()) {
      ObjectNode n = nodes.addObject();
      n.put("id", node.getId());
      n.put("type", node.getType());
      n.put("outlet", node.getOutlet());
      if (GraphNode.DOCUMENT.equals(node.getType())) {
        n.put("outletSource", node.getOutletSource());
        n.put("title", node.getTitle());
        n.put("published", node.getPublished());
        n.put("url", node.getUrl());
        if (node.getNight() != null) {
          n.put("night", node.getNight());
        }
      }
    }
    ArrayNode edges = root.putArray("edges");
    for (CopyEdge edge : graph.documentEdges()) {
      ObjectNode e = edges.addObject();
      e.put("level", "document");
      e.put("source", edge.getSource());
      e.put("target", edge.getTarget());
      e.put("primary", edge.getPrimary());
      e.put("sharedWords", edge.getSharedWords());
      e.put("score", new BigDecimal(edge.getScore()).setScale(3, RoundingMode.HALF_UP));
      ObjectNode direction = e.putObject("direction");
      direction.put("confidence", edge.getConfidence());
      direction.put("namedByTarget", edge.getNamedByTarget());
      ArrayNode reasons = direction.putArray("reasons");
      edge.getReasons().forEach(reasons::add);
      ArrayNode via = e.putArray("via");
      edge.getVia().forEach(via::add);
      ArrayNode passages = e.putArray("passages");
      for (SharedPassage passage : edge.getPassages()) {
        ObjectNode p = passages.addObject();
        p.put("source", passage.getSourceText());
        p.put("target", passage.getTargetText());
        p.put("words", passage.getWords());
      }
    }
    for (OutletEdge edge : graph.outletEdges()) {
      ObjectNode e = edges.addObject();
      e.put("level", "outlet");
      e.put("source", edge.source());
      e.put("target", edge.target());
      e.put("primary", edge.primary());
      e.put("documents", edge.documents());
      e.put("sharedWords", edge.sharedWords());
      ArrayNode documentEdges = e.putArray("documentEdges");
      edge.documentEdges().forEach(documentEdges::add);
    }
    try {
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render graph.json", e);
    }
  }
}
