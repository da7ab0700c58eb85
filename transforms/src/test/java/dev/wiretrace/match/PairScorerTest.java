package dev.wiretrace.match;

import static dev.wiretrace.testing.Fixtures.clues;
import static dev.wiretrace.testing.Fixtures.meta;
import static dev.wiretrace.testing.Fixtures.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.PairScore;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairScorerTest {
  private static final String QUOTE =
      "“We hope our partners will draw the necessary conclusions so that we will all aim for honest"
          + " cooperation for a political process involving both the government and opposition"
          + " forces,” Lavrov said.";

  @Test
  void measuresSharedWordsRunsAndPassages() {
    DocumentProfile a =
        profile(clues(meta("a", "AFP"), 40), QUOTE, "Moscow declared a brief truce in Aleppo.");
    DocumentProfile b =
        profile(
            clues(meta("b", "Blog"), 45),
            "Lavrov spoke in Athens on Wednesday.",
            QUOTE.replace("Lavrov said", "he added"));
    PairScore score = PairScorer.score(a, b);
    assertEquals(29, score.getSharedWordsB());
    assertEquals(29, score.getSharedWordsA());
    assertEquals(29, score.getLongestRun());
    assertEquals(1, score.getPassages().size());
    assertEquals(QUOTE, score.getPassages().get(0).getSourceText());
    assertEquals(List.of(6, 35), score.getCoverageB());
    assertTrue(CopyThreshold.defaults().isCopy(score));
  }

  @Test
  void stockPhrasesOfOneEventAreNotCopying() {
    DocumentProfile afp =
        profile(
            clues(meta("afp", "AFP"), 30),
            "When we adopted this resolution, I remember US Secretary of State John Kerry's words.",
            "The UN Security Council resolution condemned support for extremist groups.");
    DocumentProfile tass =
        profile(
            clues(meta("tass", "TASS"), 30),
            "I remember well that when we adopted this resolution John Kerry said so.",
            "Lavrov recalled that the UN Security Council resolution was passed after lengthy talks.");
    PairScore score = PairScorer.score(afp, tass);
    assertTrue(score.getSharedWordsB() > 0);
    assertFalse(CopyThreshold.defaults().isCopy(score));
  }

  @Test
  void shortIdenticalSentencesCountAsShared() {
    PairScore score =
        PairScorer.score(
            profile(clues(meta("a", null), 3), "Lavrov in Athens"),
            profile(clues(meta("b", null), 3), "Lavrov in Athens!"));
    assertEquals(1, score.getIdenticalSentences());
    assertEquals(3, score.getSharedWordsB());
  }
}
