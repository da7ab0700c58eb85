package dev.wiretrace.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What the report needs of graph.json without its evidence: the documents, who copied whom, and the
 * stories, the connected groups of documents that share text. A wire source is not part of a
 * story's connections (it would join every story its agency filed); documents that share a wire
 * story are joined through the reprints the edge names as evidence ({@code via}).
 */
final class StoryIndex {
  record Document(
      String id,
      @Nullable String outlet,
      @Nullable String title,
      @Nullable String published,
      @Nullable String url,
      @Nullable String night) {}

  record DocumentEdge(
      String source,
      String target,
      boolean primary,
      int sharedWords,
      double score,
      @Nullable String confidence) {}

  record OutletEdge(
      String source, String target, boolean primary, int documents, int sharedWords) {}

  /**
   * A story: its documents in time order (undated last), and its edges by their number in
   * graph.json.
   */
  record Story(int number, List<String> documents, List<Integer> edges) {}

  final Map<String, Document> documents = new LinkedHashMap<>();
  final TreeSet<String> wireAgencies = new TreeSet<>();
  final List<DocumentEdge> edges = new ArrayList<>();
  final List<OutletEdge> outletEdges = new ArrayList<>();
  final List<Story> stories = new ArrayList<>();

  /** Story number of each document edge, by the edge's number in graph.json. */
  int[] storyOfEdge = new int[0];

  private final Map<String, String> parent = new HashMap<>();

  static StoryIndex read(String directory) throws IOException {
    StoryIndex index = new StoryIndex();
    OutputReader.readGraph(directory, index::addNode, index::addEdge, EVIDENCE);
    index.formStories();
    return index;
  }

  /** Fields of an edge this index does not keep: skipped unread, they are most of graph.json. */
  private static final java.util.Set<String> EVIDENCE =
      java.util.Set.of("passages", "reasons", "documentEdges");

  private void addNode(JsonNode node) {
    String type = OutputReader.text(node, "type");
    String id = OutputReader.text(node, "id");
    if ("document".equals(type)) {
      documents.put(
          id,
          new Document(
              id,
              OutputReader.text(node, "outlet"),
              OutputReader.text(node, "title"),
              OutputReader.text(node, "published"),
              OutputReader.text(node, "url"),
              OutputReader.text(node, "night")));
    } else if ("wire".equals(type)) {
      wireAgencies.add(OutputReader.text(node, "outlet"));
    }
  }

  private void addEdge(JsonNode edge) {
    String source = OutputReader.text(edge, "source");
    String target = OutputReader.text(edge, "target");
    if ("outlet".equals(OutputReader.text(edge, "level"))) {
      outletEdges.add(
          new OutletEdge(
              source,
              target,
              edge.path("primary").asBoolean(),
              edge.path("documents").asInt(),
              edge.path("sharedWords").asInt()));
      return;
    }
    edges.add(
        new DocumentEdge(
            source,
            target,
            edge.path("primary").asBoolean(),
            edge.path("sharedWords").asInt(),
            edge.path("score").asDouble(),
            OutputReader.text(edge.path("direction"), "confidence")));
    if (documents.containsKey(source)) {
      join(source, target);
    }
    for (JsonNode via : edge.path("via")) {
      if (documents.containsKey(via.asText())) {
        join(via.asText(), target);
      }
    }
    find(target);
  }

  boolean isDocument(String id) {
    return documents.containsKey(id);
  }

  /** The agency of a wire node id ({@code wire:AFP}), or null for a document. */
  static @Nullable String agencyOf(String id) {
    return id.startsWith("wire:") ? id.substring("wire:".length()) : null;
  }

  private String find(String id) {
    String root = parent.computeIfAbsent(id, k -> k);
    while (!root.equals(parent.get(root))) {
      root = parent.get(root);
    }
    String walk = id;
    while (!walk.equals(root)) {
      String next = parent.get(walk);
      parent.put(walk, root);
      walk = next;
    }
    return root;
  }

  private void join(String a, String b) {
    String rootA = find(a);
    String rootB = find(b);
    if (!rootA.equals(rootB)) {
      // The smaller id as root keeps the grouping the same whatever order edges come in.
      if (rootA.compareTo(rootB) < 0) {
        parent.put(rootB, rootA);
      } else {
        parent.put(rootA, rootB);
      }
    }
  }

  private void formStories() {
    Map<String, List<String>> members = new HashMap<>();
    for (String id : parent.keySet()) {
      if (documents.containsKey(id)) {
        members.computeIfAbsent(find(id), k -> new ArrayList<>()).add(id);
      }
    }
    List<List<String>> groups = new ArrayList<>(members.values());
    Comparator<Document> timeOrder =
        Comparator.comparing(
                (Document d) -> d.published(),
                Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(Document::id);
    for (List<String> group : groups) {
      group.sort(Comparator.comparing(documents::get, timeOrder));
    }
    groups.sort(
        Comparator.comparingInt((List<String> g) -> -g.size())
            .thenComparing(g -> g.stream().min(String::compareTo).orElse("")));
    Map<String, Integer> storyOfRoot = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      storyOfRoot.put(find(groups.get(i).get(0)), i + 1);
      stories.add(new Story(i + 1, groups.get(i), new ArrayList<>()));
    }
    storyOfEdge = new int[edges.size()];
    for (int e = 0; e < edges.size(); e++) {
      Integer story = storyOfRoot.get(find(edges.get(e).target()));
      // 0: an edge whose target graph.json does not list as a document belongs to no story.
      storyOfEdge[e] = story == null ? 0 : story;
      if (story != null) {
        stories.get(story - 1).edges().add(e);
      }
    }
  }
}
