package dev.wiretrace.strip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import dev.wiretrace.sentences.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RequiredTextTest {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private static List<String> pieces(String regex) {
    return RequiredText.of(Pattern.compile(regex, FLAGS)).pieces();
  }

  @Test
  void readsAlternativesOfLiteralText() {
    assertEquals(
        List.of("we use cookies", "cookie policy"), pieces("\\b(we use cookies|cookie policy)\\b"));
  }

  @Test
  void expandsOptionalPartsAndSmallClasses() {
    assertEquals(List.of("tags:", "tag:"), pieces("^tags?:"));
    assertEquals(List.of("a1", "b1"), pieces("[ab]1"));
  }

  @Test
  void keepsTheLongestRunAroundUnknownText() {
    assertEquals(
        List.of("bloggers like this", "blogger like this"),
        pieces("^(%d |\\d+ )?bloggers? like this"));
    assertEquals(List.of("says:"), pieces("^\\w+\\s+says:(\\s.{0,40})?$"));
  }

  @Test
  void givesNothingWhereAnyTextCouldMatch() {
    assertEquals(List.of(), pieces("\\w+"));
    assertEquals(List.of(), pieces("(cookies)?\\d+"));
    assertEquals(List.of(), pieces("cookies|\\d+"));
    assertEquals(List.of(), pieces("[a-z]{3}"));
    assertEquals(List.of(), pieces("\\Qcookie\\E"));
    assertFalse(RequiredText.of(Pattern.compile("\\d+")).filters());
  }

  @Test
  void ignoresInlineFlags() {
    assertEquals(List.of("reserved"), pieces("(?-i:reserved)(?i)"));
  }

  @Test
  void foldsCaseAsUnicodeCaseMatchingDoes() {
    RequiredText subscribe = RequiredText.of(Pattern.compile("subscribe", FLAGS));
    assertTrue(subscribe.foundIn(RequiredText.fold("PLEASE SUBSCRIBE NOW")));
    // the long s matches "s" under UNICODE_CASE, so the check must let it through
    assertTrue(Pattern.compile("subscribe", FLAGS).matcher("ſubscribe").find());
    assertTrue(subscribe.foundIn(RequiredText.fold("ſubscribe")));
    assertFalse(subscribe.foundIn(RequiredText.fold("the minister said on Tuesday")));
  }

  /** The check may let lines through, but must never stop a line its regex matches. */
  @Test
  void neverRejectsALineItsRegexMatches() throws IOException {
    List<Pattern> patterns = new ArrayList<>();
    BoilerplateRules.defaults().rules().forEach(rule -> patterns.add(rule.pattern()));
    for (String regex :
        List.of(
            "^(share|tweet)([\\s|•·/,:-]+(share|tweet))*\\s*:?$",
            "\\b(AP Photo|\\p{Lu}{2,}( \\p{Lu}{2,})?)\\s?/\\s?\\p{Lu}[\\p{L}.'-]+",
            "(^|\\s)%[sd](\\s|:|$)",
            "\\}\\s*\\)\\s*;?$",
            "(?i:COOKIE)s?",
            "[.#]x\\{")) {
      patterns.add(Pattern.compile(regex, FLAGS));
    }
    List<String> lines = sampleLines();
    lines.addAll(
        List.of(
            "SHARE | TWEET",
            "We Use Cookies to improve",
            "ſubscribe to our newsletter",
            "Photo: REUTERS/Alexandros Avramidis",
            "%d bloggers like this",
            "}) ;",
            ".x{",
            "© 2016 Press TV. All rights reserved",
            "Kelvin \u212Aelvin",
            "cookie"));
    int matched = 0;
    for (Pattern pattern : patterns) {
      RequiredText required = RequiredText.of(pattern);
      for (String line : lines) {
        String normalised = TextNormalizer.line(line);
        if (pattern.matcher(normalised).find()) {
          matched++;
          assertTrue(
              required.foundIn(RequiredText.fold(normalised)),
              pattern.pattern() + " matches but its check rejects: " + normalised);
        }
      }
    }
    assertTrue(matched > 20, "the sample exercises the rules: " + matched + " matches");
  }

  static List<String> sampleLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "sample-input"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        lines.addAll(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
      }
    }
    return lines;
  }
}
