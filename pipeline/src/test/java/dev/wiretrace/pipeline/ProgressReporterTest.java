package dev.wiretrace.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
  @Test
  void aProgressLineReadsTheStagesCounters() {
    assertEquals(
        "wiretrace: 42 s: 10,000 files read, 2,345 boilerplate lines stripped, 652 documents hashed,"
            + " 0 candidate pairs scored",
        ProgressReporter.line(
            Duration.ofMillis(42_700),
            Map.of("documentsRead", 10_000L, "linesStripped", 2_345L, "documentsHashed", 652L)));
  }

  @Test
  void anUnknownRunnerLogLevelIsABadCall() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RunnerLogging.configure(new String[] {"--runnerLogLevel=LOUD"}));
    assertEquals(
        "--runnerLogLevel must be one of ERROR, WARN, INFO, DEBUG, TRACE or OFF, not LOUD",
        e.getMessage());
  }
}
