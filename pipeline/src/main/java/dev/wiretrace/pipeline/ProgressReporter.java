package dev.wiretrace.pipeline;

import dev.wiretrace.metrics.Counters;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * A line every few seconds on stderr while a long run works, from the pipeline's own counters: how
 * many articles were read and hashed, how many candidate pairs scored. Runners that report metrics
 * while a job runs (the DirectRunner, Spark) give live figures; a runner that only returns once the
 * job is done (Flink in batch) prints nothing, and the summary follows as ever.
 */
final class ProgressReporter implements AutoCloseable {
  static final Duration EVERY = Duration.ofSeconds(10);

  private final ScheduledExecutorService timer;

  private ProgressReporter(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /** Starts reporting on {@code result}; {@link #close} stops it. */
  static ProgressReporter start(PipelineResult result, Instant start, PrintStream out) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "wiretrace-progress");
              thread.setDaemon(true);
              return thread;
            });
    long period = EVERY.toMillis();
    timer.scheduleAtFixedRate(
        () -> report(result, start, out), period, period, TimeUnit.MILLISECONDS);
    return new ProgressReporter(timer);
  }

  /** A reporter that reports nothing, for {@code --quiet}. */
  static ProgressReporter none() {
    ScheduledExecutorService idle = Executors.newSingleThreadScheduledExecutor();
    idle.shutdown();
    return new ProgressReporter(idle);
  }

  private static void report(PipelineResult result, Instant start, PrintStream out) {
    Map<String, Long> counts;
    try {
      if (result.getState() != PipelineResult.State.RUNNING) {
        return;
      }
      counts = counters(result);
    } catch (RuntimeException | LinkageError e) {
      // A runner that cannot report mid-run: progress is a courtesy, never a reason to fail a run.
      return;
    }
    out.println(line(Duration.between(start, Instant.now()), counts));
  }

  static String line(Duration elapsed, Map<String, Long> counts) {
    return String.format(
        Locale.ROOT,
        "wiretrace: %d s: %,d files read, %,d boilerplate lines stripped, %,d documents hashed,"
            + " %,d candidate pairs scored",
        elapsed.toSeconds(),
        counts.getOrDefault(Counters.DOCUMENTS_READ, 0L),
        counts.getOrDefault(Counters.LINES_STRIPPED, 0L),
        counts.getOrDefault(Counters.DOCUMENTS_HASHED, 0L),
        counts.getOrDefault(Counters.CANDIDATE_PAIRS_SCORED, 0L));
  }

  private static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> counts = new HashMap<>();
    for (MetricResult<Long> counter :
        result.metrics().queryMetrics(MetricsFilter.builder().build()).getCounters()) {
      counts.merge(counter.getName().getName(), counter.getAttempted(), Long::sum);
    }
    return counts;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
