package dev.wiretrace.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wiretrace.metrics.Counters;
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
 * block, and written as {@code summary.json}. Every file read is either a new document or a reject:
 * {@code documentsRead = newDocuments + documentsRejected}.
 */
final class RunSummary {
  /** Summary field to its label, in the order printed. */
  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put(Counters.DOCUMENTS_READ, "files read");
    LABELS.put("newDocuments", "new documents");
    LABELS.put(Counters.DOCUMENTS_REJECTED, "files rejected (see rejects.jsonl)");
    LABELS.put(Counters.ALREADY_INDEXED, "  of which already in the index");
    LABELS.put(Counters.INTERNAL_ERRORS, "  of which internal errors");
    LABELS.put(Counters.DOCUMENTS_WITH_INVALID_UTF8, "files with invalid UTF-8 (kept)");
    LABELS.put(Counters.MANIFEST_PROBLEMS, "manifest rows rejected");
    LABELS.put(Counters.LINES_STRIPPED, "boilerplate lines stripped");
    LABELS.put(Counters.PAGES_KEPT_WHOLE, "  pages whose prose was kept");
    LABELS.put(Counters.SENTENCES, "sentences");
    LABELS.put(Counters.POSTINGS, "hash postings");
    LABELS.put(Counters.HASHES_DROPPED_BY_MAX_DF, "hashes dropped by maxDF");
    LABELS.put(Counters.CANDIDATE_PAIRS, "candidate pairs");
    LABELS.put(Counters.COPY_PAIRS, "copying pairs");
    LABELS.put(Counters.WIRE_SIBLING_PAIRS, "wire sibling pairs");
    LABELS.put(Counters.DOCUMENT_EDGES, "document edges");
    LABELS.put(Counters.OUTLET_EDGES, "outlet edges");
    LABELS.put(Counters.EDGES_ACROSS_NIGHTS, "edges to earlier nights");
    LABELS.put("indexDocumentsBefore", "indexed documents of earlier nights");
    LABELS.put("lookbackDays", "  look-back in days (0: all)");
    LABELS.put("indexSegmentsRead", "  read from index segments");
    LABELS.put("indexBytesRead", "  index bytes read");
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
    long alreadyIndexed = metrics.getOrDefault(Counters.ALREADY_INDEXED, 0L);
    for (String field : LABELS.keySet()) {
      values.put(field, metrics.getOrDefault(field, 0L));
    }
    values.put(
        "newDocuments", metrics.getOrDefault(Counters.DOCUMENTS_HASHED, 0L) - alreadyIndexed);
    values.put(
        "documentsRejected",
        metrics.getOrDefault(Counters.DOCUMENTS_REJECTED, 0L)
            + metrics.getOrDefault(Counters.DOCUMENTS_FAILED, 0L)
            + metrics.getOrDefault(Counters.DUPLICATE_IDS, 0L)
            + alreadyIndexed);
    values.put(
        "documentEdges",
        metrics.getOrDefault(Counters.DOCUMENT_EDGES, 0L)
            - metrics.getOrDefault(Counters.EARLIER_ONLY_EDGES_DROPPED, 0L));
    values.put(
        Counters.INDEX_DOCUMENTS_READ, metrics.getOrDefault(Counters.INDEX_DOCUMENTS_READ, 0L));
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
    return name.startsWith("index")
        || name.equals(Counters.EDGES_ACROSS_NIGHTS)
        || name.equals(Counters.ALREADY_INDEXED);
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
