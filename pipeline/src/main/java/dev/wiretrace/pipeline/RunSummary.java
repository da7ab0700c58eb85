package dev.wiretrace.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** The counts a user reads at the end of a run, taken from the pipeline's Beam metrics. */
final class RunSummary {
  /** Metric name to its label, in the order printed. */
  static final Map<String, String> COUNTERS = new LinkedHashMap<>();

  static {
    COUNTERS.put("documentsRead", "files read");
    COUNTERS.put("documentsRejected", "files rejected");
    COUNTERS.put("duplicateIds", "duplicate ids rejected");
    COUNTERS.put("documentsWithInvalidUtf8", "files with invalid UTF-8 (kept)");
    COUNTERS.put("manifestProblems", "manifest problems");
    COUNTERS.put("linesStripped", "boilerplate lines stripped");
    COUNTERS.put("sentences", "sentences");
    COUNTERS.put("postings", "hash postings");
    COUNTERS.put("hashesDroppedByMaxDf", "hashes dropped by maxDF");
    COUNTERS.put("candidatePairs", "candidate pairs");
    COUNTERS.put("copyPairs", "copying pairs");
    COUNTERS.put("wireSiblingPairs", "wire sibling pairs");
    COUNTERS.put("documentEdges", "document edges");
    COUNTERS.put("outletEdges", "outlet edges");
  }

  private final Map<String, Long> values;
  private final Duration elapsed;

  private RunSummary(Map<String, Long> values, Duration elapsed) {
    this.values = values;
    this.elapsed = elapsed;
  }

  static RunSummary of(PipelineResult result, Duration elapsed) {
    Map<String, Long> values = new LinkedHashMap<>();
    COUNTERS.keySet().forEach(name -> values.put(name, 0L));
    MetricQueryResults metrics =
        result.metrics().queryMetrics(MetricsFilter.builder().build());
    for (MetricResult<Long> counter : metrics.getCounters()) {
      String name = counter.getName().getName();
      if (values.containsKey(name)) {
        values.merge(name, committedOrAttempted(counter), Long::sum);
      }
    }
    return new RunSummary(values, elapsed);
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

  String render(String output) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT, "wiretrace: finished in %.1f s, output in %s%n", elapsed.toMillis() / 1000.0, output));
    values.forEach(
        (name, value) ->
            text.append(String.format(Locale.ROOT, "  %-34s %d%n", COUNTERS.get(name), value)));
    return text.toString();
  }
}
