package dev.wiretrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wiretrace.generate.HostilePages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night of pages no one designed for, mixed with the seed articles: the run ends well, every file
 * is accounted for, and the seeds' edges are exactly those of the seeds alone.
 */
class HostileNightTest {
  /** Names a user's crawler may well give files: each must come back as the same id. */
  private static final List<String> ODD_NAMES =
      List.of("with space", "with,comma", "with \"quotes\"", "naïve-ünïcode-статья", "semi;colon");

  private static final String CREDITED_ODD_NAME = "Wire, \"quoted\" & ünïcode — copy";

  @Test
  void hostilePagesNeitherStopTheRunNorChangeTheOtherEdges(
      @TempDir Path input, @TempDir Path output, @TempDir Path seedsOutput) throws IOException {
    assertEquals(
        0,
        WiretracePipeline.run(
            SampleInputEndToEndTest.options(SampleInputEndToEndTest.SAMPLE_INPUT, seedsOutput)));
    Set<String> seedIds = new TreeSet<>();
    try (Stream<Path> seeds = Files.list(SampleInputEndToEndTest.SAMPLE_INPUT)) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, input.resolve(seed.getFileName()));
        String name = seed.getFileName().toString();
        if (name.endsWith(".txt")) {
          seedIds.add(name.substring(0, name.length() - 4));
        }
      }
    }
    Set<String> hostileIds = new TreeSet<>();
    int odd = 0;
    for (Map.Entry<String, byte[]> page : HostilePages.pages(100_000, 7).entrySet()) {
      String id =
          odd < ODD_NAMES.size() ? ODD_NAMES.get(odd++) + " " + page.getKey() : page.getKey();
      Files.write(input.resolve(id + ".txt"), page.getValue());
      hostileIds.add(id);
    }
    Files.writeString(
        input.resolve(CREDITED_ODD_NAME + ".txt"),
        "Harbour reopens after storm\n\nVALLETTA (AFP) - The harbour reopened on Monday after a storm that"
            + " closed it for three days, the port authority said, and ferries resumed their crossings.\n");
    hostileIds.add(CREDITED_ODD_NAME);

    assertEquals(0, WiretracePipeline.run(SampleInputEndToEndTest.options(input, output)));

    ObjectMapper json = new ObjectMapper();
    Set<String> rejected = new TreeSet<>();
    for (String line :
        Files.readAllLines(output.resolve("rejects.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode reject = json.readTree(line);
      String file = Path.of(reject.get("input").asText()).getFileName().toString();
      rejected.add(file.substring(0, file.length() - 4));
    }
    Set<String> inGraph = new TreeSet<>();
    for (JsonNode node : json.readTree(output.resolve("graph.json").toFile()).get("nodes")) {
      if (node.get("type").asText().equals("document")) {
        inGraph.add(node.get("id").asText());
      }
    }
    Set<String> all = new TreeSet<>(seedIds);
    all.addAll(hostileIds);
    Set<String> accounted = new TreeSet<>(rejected);
    accounted.addAll(inGraph);
    assertEquals(all, accounted, "every file is in the graph or in rejects.jsonl");
    assertTrue(inGraph.containsAll(seedIds), inGraph.toString());
    assertEquals(Set.of(), intersection(rejected, inGraph));

    JsonNode summary = json.readTree(output.resolve("summary.json").toFile());
    assertEquals(all.size(), summary.get("documentsRead").asLong());
    assertEquals(
        summary.get("documentsRead").asLong(),
        summary.get("newDocuments").asLong() + summary.get("documentsRejected").asLong());
    assertEquals(0, summary.get("internalErrors").asLong());

    assertEquals(edgesAmong(seedsOutput, seedIds), edgesAmong(output, seedIds));
    // an id with commas, quotes and other letters comes back whole from edges.csv
    assertTrue(
        EdgesFile.read(output.resolve("edges.csv")).stream()
            .anyMatch(
                e ->
                    e.get("source").equals("wire:AFP")
                        && e.get("target").equals(CREDITED_ODD_NAME)),
        "no credit edge to " + CREDITED_ODD_NAME);
  }

  private static List<String> edgesAmong(Path output, Set<String> ids) throws IOException {
    return EdgesFile.read(output.resolve("edges.csv")).stream()
        .filter(e -> e.get("level").equals("document"))
        .filter(e -> isOneOf(e.get("source"), ids) && isOneOf(e.get("target"), ids))
        .map(Map::toString)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static boolean isOneOf(String end, Set<String> ids) {
    return end.startsWith("wire:") || ids.contains(end);
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> both = new TreeSet<>(a);
    both.retainAll(b);
    return both;
  }
}
