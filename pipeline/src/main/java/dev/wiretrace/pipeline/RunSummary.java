package dev.wiretrace.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The counts a user reads at the end of a run, from the pipeline's Beam metrics: printed as one
 * block, and written as {@code summary.json}. Every file read is either a new document or a
 * reject: {@code documentsRead = newDocuments + documentsRejected}.
 */
final class RunSummary {
  /** Summary field to its label, in the order printed. */
  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("documentsRead", "files read");
    LABELS.put("newDocuments", "new documents");
    LABELS.put("documentsRejected", "files rejected (see rejects.jsonl)");
    LABELS.put("alreadyIndexed", "  of which already in the index");
    LABELS.put("internalErrors", "  of which internal errors");
    LABELS.put("documentsWithInvalidUtf8", "files with invalid UTF-8 (kept)");
    LABELS.put("manifestProblems", "manifest rows rejected");
    LABELS.put("linesStripped", "boilerplate lines stripped");
    LABELS.put("pagesKeptWhole", "  pages whose prose was kept");
    LABELS.put("sentences", "sentences");
    LABELS.put("postings", "hash postings");
    LABELS.put("hashesDroppedByMaxDf", "hashes dropped by maxDF");
    LABELS.put("candidatePairs", "candidate pairs");
    LABELS.put("copyPairs", "copying pairs");
    LABELS.put("wireSiblingPairs", "wire sibling pairs");
    LABELS.put("documentEdges", "document edges");
    LABELS.put("outletEdges", "outlet edges");
    LABELS.put("edgesAcrossNights", "edges to earlier nights");
    LABELS.put("indexDocumentsBefore", "indexed documents of earlier nights");
    LABELS.put("indexDocumentsAfter", "documents in the index now");
  }

  private final Map<String, Long> values;
  private final Map<String, String> context = new LinkedHashMap<>();
  private Duration elapsed = Duration.ZERO;
  private @Nullable Duration reportTime;

  private RunSummary(Map<String, Long> values) {
    this.values = values;
  }

  static RunSummary of(PipelineResult result) {
    Map<String, Long> metrics = new HashMap<>();
    MetricQueryResults queried = result.metrics().queryMetrics(MetricsFilter.builder().build());
    for (MetricResult<Long> counter : queried.getCounters()) {
      metrics.merge(counter.getName().getName(), committedOrAttempted(counter), Long::sum);
    }
    Map<String, Long> values = new LinkedHashMap<>();
    long alreadyIndexed = metrics.getOrDefault("alreadyIndexed", 0L);
    for (String field : LABELS.keySet()) {
      values.put(field, metrics.getOrDefault(field, 0L));
    }
    values.put("newDocuments", metrics.getOrDefault("documentsHashed", 0L) - alreadyIndexed);
    values.put(
        "documentsRejected",
        metrics.getOrDefault("documentsRejected", 0L)
            + metrics.getOrDefault("documentsFailed", 0L)
            + metrics.getOrDefault("duplicateIds", 0L)
            + alreadyIndexed);
    values.put(
        "documentEdges",
        metrics.getOrDefault("documentEdges", 0L) - metrics.getOrDefault("earlierOnlyEdgesDropped", 0L));
    values.put("indexDocumentsRead", metrics.getOrDefault("indexDocumentsRead", 0L));
    return new RunSummary(values);
  }

  private static long committedOrAttempted(MetricResult<Long> counter) {
    try {
      Long committed = counter.getCommitted();
      return committed == null ? counter.getAttempted() : committed;
    } catch (UnsupportedOperationException e) {
      return counter.getAttempted();
    }
  }

  long get(String name) {
    return values.getOrDefault(name, 0L);
  }

  RunSummary with(String name, long value) {
    values.put(name, value);
    return this;
  }

  /** Where the run read and wrote; null values are left out. */
  RunSummary describing(String name, @Nullable String value) {
    if (value != null) {
      context.put(name, value);
    }
    return this;
  }

  /** Of the run's time, what writing the report took: shown so a user can weigh it. */
  RunSummary tookForReport(Duration reportTime) {
    this.reportTime = reportTime;
    return this;
  }

  RunSummary took(Duration elapsed) {
    this.elapsed = elapsed;
    return this;
  }

  String render() {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "wiretrace: finished in %.1f s, output in %s%n",
            elapsed.toMillis() / 1000.0,
            context.get("output")));
    if (context.containsKey("night")) {
      text.append(String.format(Locale.ROOT, "  %-34s %s%n", "night", context.get("night")));
    }
    LABELS.forEach(
        (name, label) -> {
          if (!isIndexOnly(name) || context.containsKey("index")) {
            text.append(String.format(Locale.ROOT, "  %-34s %d%n", label, get(name)));
          }
        });
    return text.toString();
  }

  /**
   * The run's input, night and counts as labelled rows, for the report. Not the output or index
   * folders: a rerun of the same night into another folder writes the same report, byte for byte.
   */
  Map<String, String> rows() {
    Map<String, String> rows = new LinkedHashMap<>();
    context.forEach(
        (name, value) -> {
          if (!name.equals("output") && !name.equals("index")) {
            rows.put(name, value);
          }
        });
    LABELS.forEach(
        (name, label) -> {
          // The report is written before the index commit, which alone knows the index's new size.
          boolean known = !name.equals("indexDocumentsAfter");
          if (known && (!isIndexOnly(name) || context.containsKey("index"))) {
            rows.put(label.strip(), Long.toString(get(name)));
          }
        });
    return rows;
  }

  private static boolean isIndexOnly(String name) {
    return name.startsWith("index") || name.equals("edgesAcrossNights") || name.equals("alreadyIndexed");
  }

  /** {@code summary.json}: the same counts, with the run's folders and its time in seconds. */
  String toJson() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    context.forEach(root::put);
    LABELS.keySet().forEach(name -> root.put(name, get(name)));
    root.put("seconds", Math.round(elapsed.toMillis() / 100.0) / 10.0);
    if (reportTime != null) {
      root.put("reportSeconds", Math.round(reportTime.toMillis() / 100.0) / 10.0);
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render summary.json", e);
    }
  }
}
