package dev.wiretrace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.direction.AgencyCatalog;
import dev.wiretrace.direction.AttributionDetector;
import dev.wiretrace.direction.CreditDetector;
import dev.wiretrace.hash.HashedText;
import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.profile.DocumentProfiler;
import dev.wiretrace.read.DecodedText;
import dev.wiretrace.read.TextDecoder;
import dev.wiretrace.sentences.SentenceSplitter;
import dev.wiretrace.strip.BoilerplateRules;
import dev.wiretrace.strip.LineClassifier;
import dev.wiretrace.testing.Fixtures;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the text stages on generated hostile pages: a page is built from pieces of the
 * kinds that break naive text code (markup, brackets, megabyte-ish runs, captions, markers, other
 * scripts, control characters, random bytes), in random order and random lengths, from a fixed seed
 * per case, so any failure names the seed that reproduces it.
 *
 * <p>Properties: decoding never throws, and gives text without NUL or carriage returns, or a reject
 * with a reason; no text stage throws; stripping gives one verdict per line and never strips a
 * blank line; hashing the same sentences twice gives the same hashes.
 */
class HostileTextPropertiesTest {
  private static final int CASES = 300;
  private static final LineClassifier CLASSIFIER = new LineClassifier(BoilerplateRules.defaults());
  private static final AgencyCatalog CATALOG = AgencyCatalog.defaults();
  private static final DocumentProfiler PROFILER =
      new DocumentProfiler(CreditDetector.defaults(CATALOG));
  private static final AttributionDetector ATTRIBUTIONS =
      AttributionDetector.forNames(List.of("Press TV", "Тасс", "한겨레"), CATALOG);

  private static final String[] PIECES = {
    "Share on Facebook",
    "Comments (4)",
    "Related",
    "Read more:",
    "© 2024 AFP",
    "ATHENS (AFP) -",
    "Press TV reported",
    "according to Тасс",
    "<script>",
    "</script>",
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    "{\"@context\": \"https://schema.org\",",
    "\"",
    "'",
    "\\",
    "|",
    " > ",
    " / ",
    "»",
    "@",
    ".",
    "...",
    "…",
    "!",
    "?",
    ":",
    ";",
    "%s",
    "%d",
    "(Photo: Reuters)",
    "REUTERS/Jane Doe",
    "Jan. 5, 2024",
    "2024-01-05T10:00",
    "U.S.",
    "e.g.",
    "Mr.",
    "A.B.C.",
    "The minister said on Tuesday",
    "that talks",
    "would go on.",
    "Он сказал",
    "기자가 말했다.",
    "ſ",
    "ǅ",
    "İ",
    "ß",
    "e\u0301",
    "\u200b",
    "\u00a0",
    "\t",
    "\f",
    "\r",
    "\r\n",
    "\n",
    "\n\n",
    "\u2028",
    "\uFEFF",
    "\uD83D\uDE00",
    "\uD800",
    "\uDC00",
    "x",
    "Home",
    "Subscribe",
    "Sign in",
    "says:",
    "www.example.com",
    "a@b.co",
    "array(3) {",
    "string(5) \"hello\"",
    "Array",
    "var x = function() {",
    ".class { color: red; }",
  };

  static Stream<Arguments> seeds() {
    return java.util.stream.IntStream.range(0, CASES).mapToObj(seed -> Arguments.of((long) seed));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void textStagesHoldTheirPropertiesOnHostilePages(long seed) {
    Random random = new Random(seed);
    byte[] bytes = page(random);
    DecodedText decoded = TextDecoder.decode(bytes);
    if (decoded.isRejected()) {
      assertFalse(decoded.rejectReason().isBlank());
      assertFalse(decoded.rejectDetail().contains("\n"));
      return;
    }
    String text = decoded.text();
    assertFalse(text.contains("\r"), "carriage returns are line ends");
    assertFalse(text.contains("\u0000"), "NUL is binary");

    List<String> lines = Arrays.asList(text.split("\n", -1));
    String[] reasons = CLASSIFIER.classify(lines);
    assertEquals(lines.size(), reasons.length, "one verdict per line");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        assertNull(reasons[i], "a blank line is a paragraph break, never boilerplate");
      }
      kept.add(reasons[i] == null ? lines.get(i) : "");
    }
    String clean = String.join("\n", kept);
    assertEquals(lines.size(), clean.split("\n", -1).length, "stripping removes whole lines only");

    DocumentProfile profile =
        PROFILER.profile(
            CleanDocument.create(Fixtures.meta("page", "Site"), clean, List.of()), ATTRIBUTIONS);
    assertTrue(SentenceSplitter.sentences(clean).containsAll(profile.getSentences()));
    HashedText once = HashedText.of(profile.getSentences());
    HashedText again = HashedText.of(new ArrayList<>(profile.getSentences()));
    assertArrayEquals(once.distinctHashes(), again.distinctHashes(), "hashing is stable");
    assertEquals(once.fingerprint(), again.fingerprint());
  }

  /** Mostly pieces in UTF-8; now and then another encoding, random bytes or one huge run. */
  private static byte[] page(Random random) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      byte[] noise = new byte[random.nextInt(5000)];
      random.nextBytes(noise);
      return noise;
    }
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(kind == 1 ? 5 : 400);
    for (int i = 0; i < pieces; i++) {
      String piece = PIECES[random.nextInt(PIECES.length)];
      int times = random.nextInt(20) == 0 ? random.nextInt(20_000) : 1;
      text.append(piece.repeat(times));
      if (random.nextBoolean()) {
        text.append(random.nextInt(4) == 0 ? '\n' : ' ');
      }
    }
    Charset charset =
        switch (kind) {
          case 2 -> StandardCharsets.UTF_16LE;
          case 3 -> StandardCharsets.UTF_16;
          case 4 -> StandardCharsets.ISO_8859_1;
          default -> StandardCharsets.UTF_8;
        };
    return text.toString().getBytes(charset);
  }
}
