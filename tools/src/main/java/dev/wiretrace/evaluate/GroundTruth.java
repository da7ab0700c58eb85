package dev.wiretrace.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A labelled corpus's true copy edges, from {@code ground-truth.csv} with the header {@code
 * target,source,primary}: one row per true edge, and a row with an empty source for each document
 * derived from nothing.
 */
public final class GroundTruth {
  public static final String FILE_NAME = "ground-truth.csv";

  /** A true edge: {@code source} is the original, {@code target} the copier. */
  public record Edge(String source, String target, boolean primary) {}

  private final Set<String> documents;
  private final List<Edge> edges;

  GroundTruth(Set<String> documents, List<Edge> edges) {
    this.documents = documents;
    this.edges = edges;
  }

  public static GroundTruth read(Path file) throws IOException {
    Set<String> documents = new TreeSet<>();
    List<Edge> edges = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file)) {
      for (CSVRecord row :
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setTrim(true)
              .build()
              .parse(reader)) {
        String target = row.get("target");
        documents.add(target);
        String source = row.get("source");
        if (!source.isEmpty()) {
          edges.add(new Edge(source, target, Boolean.parseBoolean(row.get("primary"))));
          if (!source.startsWith("wire:")) {
            documents.add(source);
          }
        }
      }
    }
    return new GroundTruth(documents, edges);
  }

  public Set<String> documents() {
    return documents;
  }

  public List<Edge> edges() {
    return edges;
  }

  /** Each derived document's primary parent. */
  public Map<String, String> primaryParents() {
    Map<String, String> parents = new TreeMap<>();
    for (Edge edge : edges) {
      if (edge.primary()) {
        parents.put(edge.target(), edge.source());
      }
    }
    return parents;
  }

  /** Every node upstream of {@code document}, following true edges. */
  public Set<String> ancestors(String document) {
    Set<String> found = new TreeSet<>();
    List<String> frontier = new ArrayList<>(List.of(document));
    while (!frontier.isEmpty()) {
      String current = frontier.remove(frontier.size() - 1);
      for (Edge edge : edges) {
        if (edge.target().equals(current) && found.add(edge.source())) {
          frontier.add(edge.source());
        }
      }
    }
    return found;
  }
}
