package dev.wiretrace.strip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.sentences.TextNormalizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstMatchingRuleTest {
  /** What the filtered search must agree with: each rule tried in order, on every line. */
  private static BoilerplateRule oneByOne(List<BoilerplateRule> rules, String line) {
    for (BoilerplateRule rule : rules) {
      if (rule.matches(line)) {
        return rule;
      }
    }
    return null;
  }

  private static void assertAgreesOnSample(BoilerplateRules rules) throws IOException {
    List<String> lines = new ArrayList<>(RequiredTextTest.sampleLines());
    lines.addAll(
        List.of(
            "Share",
            "Related articles:",
            "Leave a reply",
            "No comments",
            "we use cookies here",
            "Read more: the story",
            "Tags: Syria",
            "Copyright 2016",
            "© Press TV | 2016",
            "Follow us on Twitter",
            "echo echo",
            "x says: hello"));
    int hits = 0;
    for (String raw : lines) {
      String line = TextNormalizer.line(raw);
      BoilerplateRule expected = oneByOne(rules.rules(), line);
      assertSame(expected, rules.firstMatch(line), line);
      hits += expected == null ? 0 : 1;
    }
    assertEquals(true, hits > 10, "lines matched: " + hits);
  }

  @Test
  void agreesWithTryingEachRuleInOrder() throws IOException {
    assertAgreesOnSample(BoilerplateRules.defaults());
  }

  @Test
  void anEarlierSearchingRuleWinsOverALaterAnchoredOne() throws IOException {
    String extra = "line\tmine\tcookies here\nline\tshare-too\t^share$\n";
    BoilerplateRules rules = BoilerplateRules.defaultsPlus(extra, "extra.tsv");
    assertEquals("cookie-banner", rules.firstMatch("we use cookies here").reason());
    assertEquals("share-widget", rules.firstMatch("share").reason());
    assertAgreesOnSample(rules);
  }

  @Test
  void aRuleWithANamedGroupIsStillTriedInItsPlace() throws IOException {
    BoilerplateRules rules =
        BoilerplateRules.defaultsPlus("line\tnamed\t^(?P<word>echo)+ twice$\n", "extra.tsv");
    assertEquals("named", rules.firstMatch("echoecho twice").reason());
    assertNull(rules.firstMatch("echo once more"));
    assertAgreesOnSample(rules);
  }

  /**
   * RE2 runs in linear time because it has no back-references or look-arounds: such a rule is
   * refused.
   */
  @Test
  void aRuleRe2CannotRunIsRefusedWithItsLine() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                BoilerplateRules.defaultsPlus(
                    "line\tok\t^fine$\nline\trepeated\t^(\\w+) \\1$\n", "extra.tsv"));
    assertTrue(e.getMessage().startsWith("extra.tsv:2: bad regex"), e.getMessage());
  }
}
