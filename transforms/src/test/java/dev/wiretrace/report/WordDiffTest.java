package dev.wiretrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
  @Test
  void marksOnlyTheWordsEachSideChanged() {
    WordDiff.Sides sides =
        WordDiff.between(
            "Lavrov said on Wednesday the sooner the better.",
            "Lavrov said Wednesday that the sooner the better, Press TV reported.");
    assertEquals(
        "Lavrov said <mark>on</mark> Wednesday the sooner the <mark>better.</mark>",
        WordDiff.html(sides.source()));
    assertEquals(
        "Lavrov said Wednesday <mark>that</mark> the sooner the <mark>better, Press TV reported.</mark>",
        WordDiff.html(sides.target()));
    assertEquals(7, sides.changedWords());
  }

  @Test
  void identicalPassagesHaveNothingMarked() {
    WordDiff.Sides sides = WordDiff.between("Same  words\u00a0here.", "Same words here.");
    assertEquals("Same words here.", WordDiff.html(sides.source()));
    assertEquals(0, sides.changedWords());
  }

  @Test
  void markedWordsAreEscaped() {
    WordDiff.Sides sides = WordDiff.between("a <b>", "a <script>");
    assertEquals("a <mark>&lt;script&gt;</mark>", WordDiff.html(sides.target()));
    assertEquals(
        List.of(new WordDiff.Word("a", false), new WordDiff.Word("<b>", true)), sides.source());
  }

  @Test
  void anEmptySideIsAllChangeOnTheOther() {
    WordDiff.Sides sides = WordDiff.between("", "new words");
    assertEquals("", WordDiff.html(sides.source()));
    assertEquals("<mark>new words</mark>", WordDiff.html(sides.target()));
  }

  @Test
  void passagesTooLongToCompareAreShownUnmarked() {
    String longer = "word ".repeat(WordDiff.MAX_WORDS + 1);
    WordDiff.Sides sides = WordDiff.between(longer, "other words");
    assertEquals(false, sides.compared());
    assertEquals(0, sides.changedWords());
    assertEquals("other words", WordDiff.html(sides.target()));
  }
}
