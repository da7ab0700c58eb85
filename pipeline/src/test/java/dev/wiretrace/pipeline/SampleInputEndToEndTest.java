package dev.wiretrace.pipeline;

import static dev.wiretrace.pipeline.NightFolders.BLOG;
import static dev.wiretrace.pipeline.NightFolders.FNA;
import static dev.wiretrace.pipeline.NightFolders.PAPER;
import static dev.wiretrace.pipeline.NightFolders.PRESS_TV;
import static dev.wiretrace.pipeline.NightFolders.TASS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job on the five seed texts, checked against what a careful reader concludes. */
class SampleInputEndToEndTest {
  static final Path SAMPLE_INPUT = Path.of("..", "sample-input");

  @TempDir static Path output;
  private static List<Map<String, String>> edges;

  @BeforeAll
  static void runOnSampleInput() throws IOException {
    assertEquals(0, WiretracePipeline.run(options(SAMPLE_INPUT, output)));
    edges = EdgesFile.read(output.resolve("edges.csv"));
  }

  static WiretraceOptions options(Path input, Path output) {
    WiretraceOptions options = PipelineOptionsFactory.as(WiretraceOptions.class);
    options.setInput(input.toString());
    options.setOutput(output.toString());
    return options;
  }

  private static List<String> edgesAt(String level) {
    List<String> found = new ArrayList<>();
    for (Map<String, String> e : edges) {
      if (e.get("level").equals(level)) {
        found.add(
            e.get("source")
                + " -> "
                + e.get("target")
                + (e.get("primary").equals("true") ? "" : " (secondary)"));
      }
    }
    return found;
  }

  /**
   * Every stage's counter reaches the summary: a counter renamed in a DoFn but not in the summary
   * would show 0 here. The seeds exercise every stage the summary counts outside the index.
   */
  @Test
  void theSummaryCountsEveryStage() throws IOException {
    JsonNode summary = new ObjectMapper().readTree(output.resolve("summary.json").toFile());
    for (String field :
        List.of(
            "documentsRead",
            "newDocuments",
            "linesStripped",
            "sentences",
            "postings",
            "candidatePairs",
            "copyPairs",
            "wireSiblingPairs",
            "documentEdges",
            "outletEdges")) {
      assertTrue(summary.path(field).asLong() > 0, field + " in " + summary);
    }
    assertEquals(
        summary.path("documentsRead").asLong(),
        summary.path("newDocuments").asLong() + summary.path("documentsRejected").asLong());
    assertTrue(summary.path("reportSeconds").isNumber(), "the report's time is in the summary");
  }

  @Test
  void outletGraphRunsFromAfpThroughPressTvToFna() {
    List<String> outlets = edgesAt("outlet");
    assertTrue(outlets.contains("AFP -> Press TV"), outlets.toString());
    assertTrue(outlets.contains("Press TV -> FNA"), outlets.toString());
    assertFalse(
        outlets.stream().anyMatch(e -> e.startsWith("Press TV -> AFP")), outlets.toString());
    assertFalse(
        outlets.stream().anyMatch(e -> e.startsWith("FNA -> Press TV")), outlets.toString());
  }

  @Test
  void everyDocumentHasTheRightPrimaryParent() {
    Map<String, String> primary = new TreeMap<>();
    for (Map<String, String> e : edges) {
      if (e.get("level").equals("document") && e.get("primary").equals("true")) {
        assertEquals(
            null,
            primary.put(e.get("target"), e.get("source")),
            "two primaries for " + e.get("target"));
      }
    }
    assertEquals(
        Map.of(PRESS_TV, "wire:AFP", FNA, PRESS_TV, BLOG, "wire:AFP", PAPER, "wire:AFP"), primary);
  }

  @Test
  void fnaTakesItsLeadFromAfpAsASecondaryParent() {
    assertTrue(
        edgesAt("document").contains("wire:AFP -> " + FNA + " (secondary)"),
        edgesAt("document").toString());
  }

  @Test
  void tassIsInNoCopyEdge() {
    for (Map<String, String> e : edges) {
      assertFalse(e.get("source").equals(TASS) || e.get("target").equals(TASS), e.toString());
      assertFalse(e.get("source").equals("TASS") || e.get("target").equals("TASS"), e.toString());
    }
  }

  @Test
  void strippedLinesAreExactlyTheSeedsBoilerplate() throws IOException {
    ObjectMapper json = new ObjectMapper();
    TreeMap<String, TreeSet<Integer>> stripped = new TreeMap<>();
    for (String line : Files.readAllLines(output.resolve("stripped.jsonl"))) {
      JsonNode node = json.readTree(line);
      String text = node.get("text").asText();
      int number = node.get("line").asInt();
      String doc = node.get("doc").asText();
      List<String> original = Files.readAllLines(SAMPLE_INPUT.resolve(doc + ".txt"));
      assertEquals(original.get(number - 1), text, "text must be the input line exactly");
      assertFalse(node.get("reason").asText().isBlank());
      stripped.computeIfAbsent(doc, d -> new TreeSet<>()).add(number);
    }
    assertEquals(
        Map.of(
            PRESS_TV, new TreeSet<>(List.of(1, 5, 25, 42, 44, 46, 47)),
            FNA, new TreeSet<>(List.of(23)),
            BLOG,
                new TreeSet<>(
                    List.of(4, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 52, 54)),
            TASS, new TreeSet<>(List.of(1))),
        stripped);
  }

  @Test
  void graphJsonExplainsEveryEdge() throws IOException {
    JsonNode graph = new ObjectMapper().readTree(output.resolve("graph.json").toFile());
    int documentEdges = 0;
    for (JsonNode edge : graph.get("edges")) {
      if (!edge.get("level").asText().equals("document")) {
        continue;
      }
      documentEdges++;
      assertTrue(edge.get("direction").get("reasons").size() > 0, edge.toString());
      assertTrue(edge.get("passages").size() > 0, edge.toString());
      assertTrue(edge.get("sharedWords").asInt() >= 20, edge.toString());
    }
    assertEquals(5, documentEdges);
    List<String> nodeIds = new ArrayList<>();
    graph.get("nodes").forEach(n -> nodeIds.add(n.get("id").asText()));
    assertTrue(
        nodeIds.containsAll(List.of(PRESS_TV, FNA, BLOG, TASS, PAPER, "wire:AFP")),
        nodeIds.toString());
    assertTrue(Files.readString(output.resolve("graph.dot")).contains("\"Press TV\" -> \"FNA\""));
    assertEquals("", Files.readString(output.resolve("rejects.jsonl")));
  }

  @Test
  void sameInputGivesByteIdenticalOutput(@TempDir Path again) throws IOException {
    assertEquals(0, WiretracePipeline.run(options(SAMPLE_INPUT, again)));
    for (String file :
        List.of("edges.csv", "graph.json", "graph.dot", "stripped.jsonl", "rejects.jsonl")) {
      assertEquals(-1L, Files.mismatch(output.resolve(file), again.resolve(file)), file);
    }
  }
}
