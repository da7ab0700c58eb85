package dev.wiretrace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.wiretrace.direction.AgencyCatalog;
import dev.wiretrace.direction.AttributionDetector;
import dev.wiretrace.direction.CreditDetector;
import dev.wiretrace.hash.HashedText;
import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.profile.DocumentProfiler;
import dev.wiretrace.read.DecodedText;
import dev.wiretrace.read.TextDecoder;
import dev.wiretrace.strip.BoilerplateRules;
import dev.wiretrace.strip.LineClassifier;
import dev.wiretrace.testing.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzzing of the text stages with Jazzer: raw bytes in, through decoding,
 * stripping, profiling and hashing. In an ordinary test run this replays the seed inputs in {@code
 * src/test/resources/dev/wiretrace/TextStagesFuzzTestInputs/} (real and hostile lines) and what
 * earlier fuzzing found; with {@code JAZZER_FUZZ=1} it fuzzes for the given time, as {@code
 * .ci/run} does, and any exception or failed property is a finding.
 */
class TextStagesFuzzTest {
  private static final LineClassifier CLASSIFIER = new LineClassifier(BoilerplateRules.defaults());
  private static final AgencyCatalog CATALOG = AgencyCatalog.defaults();
  private static final DocumentProfiler PROFILER =
      new DocumentProfiler(CreditDetector.defaults(CATALOG));
  private static final AttributionDetector ATTRIBUTIONS =
      AttributionDetector.forNames(List.of("Press TV", "Тасс"), CATALOG);

  @FuzzTest(maxDuration = "60s")
  void textStagesNeverThrowAndKeepTheirProperties(byte[] page) {
    DecodedText decoded = TextDecoder.decode(page);
    if (decoded.isRejected()) {
      assertFalse(decoded.rejectDetail().contains("\n"));
      return;
    }
    String text = decoded.text();
    assertFalse(text.contains("\r"));
    List<String> lines = Arrays.asList(text.split("\n", -1));
    String[] reasons = CLASSIFIER.classify(lines);
    assertEquals(lines.size(), reasons.length);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        assertNull(reasons[i]);
      }
      kept.add(reasons[i] == null ? lines.get(i) : "");
    }
    DocumentProfile profile =
        PROFILER.profile(
            CleanDocument.create(Fixtures.meta("page", "Site"), String.join("\n", kept), List.of()),
            ATTRIBUTIONS);
    HashedText once = HashedText.of(profile.getSentences());
    assertArrayEquals(
        once.distinctHashes(),
        HashedText.of(new ArrayList<>(profile.getSentences())).distinctHashes());
  }
}
