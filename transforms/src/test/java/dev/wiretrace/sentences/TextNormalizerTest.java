package dev.wiretrace.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void typographyCaseAndPunctuationDoNotMatter() {
    assertEquals(
        TextNormalizer.normalised(
            "“We must come to an agreement, the sooner the better,” he said."),
        TextNormalizer.normalised(
            "\"We must come to an agreement -- the sooner the better\" he said"));
  }

  @Test
  void apostrophesJoinHyphensSplit() {
    assertEquals(
        List.of("moscows", "al", "assad", "wont", "15", "member"),
        TextNormalizer.words("Moscow’s al-Assad won't 15-member"));
  }

  @Test
  void nfkcFoldsCompatibilityForms() {
    assertEquals(List.of("fi", "2"), TextNormalizer.words("ﬁ ²"));
  }

  @Test
  void lowerCaseIsTheLanguageNeutralOneOfWholeWords() {
    // a final capital sigma lowers to the final form; the dotted capital I keeps its dot as a mark
    assertEquals(List.of("οδος", "i\u0307zmir", "kyiv"), TextNormalizer.words("ΟΔΟΣ İzmir KYIV"));
    assertEquals("οδος i\u0307zmir kyiv", TextNormalizer.normalised("ΟΔΟΣ İzmir KYIV"));
  }

  @Test
  void lineFormCollapsesNonBreakingSpacesAndDashes() {
    assertEquals("ATHENS (AFP) - Russia", TextNormalizer.line("ATHENS (AFP)\u00A0–\u00A0 Russia "));
  }
}
