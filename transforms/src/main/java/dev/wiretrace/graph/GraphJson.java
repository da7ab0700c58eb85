package dev.wiretrace.graph;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.GraphNode;
import dev.wiretrace.model.SharedPassage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Renders {@code graph.json}: nodes, and edges with their evidence. */
public final class GraphJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private GraphJson() {}

  /** The whole file as a string; for large graphs, {@link #write} it instead. */
  public static String render(CitationGraph graph) {
    StringWriter out = new StringWriter();
    try {
      write(graph, out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot render graph.json", e);
    }
    return out.toString();
  }

  /**
   * Streams the file to {@code out}: the graph of a large corpus runs to hundreds of MB, which as a
   * JSON tree and then a string would need several times that in memory.
   */
  public static void write(CitationGraph graph, Writer out) throws IOException {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    JsonGenerator json = FACTORY.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(printer);
    json.writeStartObject();
    json.writeArrayFieldStart("nodes");
    for (GraphNode node : graph.nodes()) {
      json.writeStartObject();
      json.writeStringField("id", node.getId());
      json.writeStringField("type", node.getType());
      json.writeStringField("outlet", node.getOutlet());
      if (GraphNode.DOCUMENT.equals(node.getType())) {
        json.writeStringField("outletSource", node.getOutletSource());
        json.writeStringField("title", node.getTitle());
        json.writeStringField("published", node.getPublished());
        json.writeStringField("url", node.getUrl());
        if (node.getNight() != null) {
          json.writeStringField("night", node.getNight());
        }
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("edges");
    for (CopyEdge edge : graph.documentEdges()) {
      json.writeStartObject();
      json.writeStringField("level", "document");
      json.writeStringField("source", edge.getSource());
      json.writeStringField("target", edge.getTarget());
      json.writeBooleanField("primary", edge.getPrimary());
      json.writeNumberField("sharedWords", edge.getSharedWords());
      json.writeNumberField(
          "score", new BigDecimal(edge.getScore()).setScale(3, RoundingMode.HALF_UP));
      json.writeObjectFieldStart("direction");
      json.writeStringField("confidence", edge.getConfidence().label());
      json.writeBooleanField("namedByTarget", edge.getNamedByTarget());
      writeStrings(json, "reasons", edge.getReasons());
      json.writeEndObject();
      writeStrings(json, "via", edge.getVia());
      json.writeArrayFieldStart("passages");
      for (SharedPassage passage : edge.getPassages()) {
        json.writeStartObject();
        json.writeStringField("source", passage.getSourceText());
        json.writeStringField("target", passage.getTargetText());
        json.writeNumberField("words", passage.getWords());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    for (OutletEdge edge : graph.outletEdges()) {
      json.writeStartObject();
      json.writeStringField("level", "outlet");
      json.writeStringField("source", edge.source());
      json.writeStringField("target", edge.target());
      json.writeBooleanField("primary", edge.primary());
      json.writeNumberField("documents", edge.documents());
      json.writeNumberField("sharedWords", edge.sharedWords());
      writeStrings(json, "documentEdges", edge.documentEdges());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.close();
    out.write("\n");
  }

  private static void writeStrings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
