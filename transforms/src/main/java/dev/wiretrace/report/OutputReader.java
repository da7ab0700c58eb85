package dev.wiretrace.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wiretrace.io.OutputFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.io.FileSystems;

/**
 * Reads a run's output files one element at a time, through Beam's filesystems, so the report of a
 * large run never holds a whole file in memory and works where the outputs are on cluster storage.
 */
final class OutputReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OutputReader() {}

  interface ElementHandler {
    void accept(JsonNode element) throws IOException;
  }

  /**
   * Calls {@code onNode} for each element of graph.json's "nodes", then {@code onEdge} for each
   * edge.
   */
  static void readGraph(String directory, ElementHandler onNode, ElementHandler onEdge)
      throws IOException {
    readGraph(directory, onNode, onEdge, Set.of());
  }

  /**
   * As {@link #readGraph(String, ElementHandler, ElementHandler)}, leaving out the fields named.
   */
  static void readGraph(
      String directory, ElementHandler onNode, ElementHandler onEdge, Set<String> skipped)
      throws IOException {
    try (InputStream in = open(directory, "graph.json");
        JsonParser parser = new JsonFactory(MAPPER).createParser(in)) {
      expect(parser.nextToken(), JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.getCurrentName();
        expect(parser.nextToken(), JsonToken.START_ARRAY);
        ElementHandler handler = field.equals("nodes") ? onNode : onEdge;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          handler.accept(
              skipped.isEmpty() ? parser.readValueAsTree() : readWithout(parser, skipped));
        }
      }
    }
  }

  private static JsonNode readWithout(JsonParser parser, Set<String> skipped) throws IOException {
    ObjectNode element = MAPPER.createObjectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.getCurrentName();
      parser.nextToken();
      if (skipped.contains(field)) {
        parser.skipChildren();
      } else {
        element.set(field, parser.readValueAsTree());
      }
    }
    return element;
  }

  interface FieldsHandler {
    void accept(Map<String, String> fields) throws IOException;
  }

  /**
   * Calls {@code onObject} with the scalar fields of each object of a JSON-lines file, as text;
   * lighter than {@link #readJsonLines} for a large file of flat objects (stripped.jsonl).
   */
  static void readJsonObjects(String directory, String fileName, FieldsHandler onObject)
      throws IOException {
    try (InputStream in = open(directory, fileName);
        JsonParser parser = new JsonFactory(MAPPER).createParser(in)) {
      Map<String, String> fields = new HashMap<>();
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        fields.clear();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.getCurrentName();
          JsonToken value = parser.nextToken();
          if (value.isStructStart()) {
            parser.skipChildren();
          } else if (value != JsonToken.VALUE_NULL) {
            fields.put(field, parser.getText());
          }
        }
        onObject.accept(fields);
      }
    }
  }

  /** Calls {@code onLine} for each line of a JSON-lines file. */
  static void readJsonLines(String directory, String fileName, ElementHandler onLine)
      throws IOException {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(open(directory, fileName), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          onLine.accept(MAPPER.readTree(line));
        }
      }
    }
  }

  private static InputStream open(String directory, String fileName) throws IOException {
    return Channels.newInputStream(FileSystems.open(OutputFiles.resolve(directory, fileName)));
  }

  private static void expect(JsonToken found, JsonToken wanted) throws IOException {
    if (found != wanted) {
      throw new IOException(
          "graph.json is not as wiretrace writes it: found " + found + " for " + wanted);
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
