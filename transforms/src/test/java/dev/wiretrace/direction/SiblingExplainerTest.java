package dev.wiretrace.direction;

import static dev.wiretrace.testing.Fixtures.attributing;
import static dev.wiretrace.testing.Fixtures.clues;
import static dev.wiretrace.testing.Fixtures.meta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.SharedPassage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Siblings under a third document, seen from one side: A and B share 100 words of A's text; C
 * shares some of A's text too. The thresholds decide when C's share explains the pair.
 */
class SiblingExplainerTest {
  private static final DocumentClues A = clues(meta("a", "Alpha", "2026-01-02T00:00:00Z"), 400);
  private static final DocumentClues B = clues(meta("b", "Beta", "2026-01-03T00:00:00Z"), 400);
  private static final DocumentClues C = clues(meta("c", "Gamma", "2026-01-01T00:00:00Z"), 400);

  /** A pair whose shared words are words [from, to) of each side's text. */
  private static PairScore pair(
      DocumentClues a, DocumentClues b, int fromA, int toA, int fromB, int toB) {
    return PairScore.builder()
        .setA(a)
        .setB(b)
        .setSharedWordsA(toA - fromA)
        .setSharedWordsB(toB - fromB)
        .setLongestRun(20)
        .setIdenticalSentences(0)
        .setCoverageA(List.of(fromA, toA))
        .setCoverageB(List.of(fromB, toB))
        .setPassages(List.of(SharedPassage.create("text", "text", toB - fromB)))
        .build();
  }

  private static SideView viewOfPairWithB(PairScore withC) {
    return SiblingExplainer.views("a", List.of(pair(A, B, 0, 100, 0, 100), withC)).get(0);
  }

  @Test
  void aSourceSharingMoreThanThePairAndCoveringItExplainsIt() {
    SideView fromA = viewOfPairWithB(pair(A, C, 0, 200, 0, 200));
    assertEquals(List.of("c"), fromA.getExplainers());
    SideView fromB =
        SiblingExplainer.views("b", List.of(pair(B, A, 0, 100, 0, 100), pair(B, C, 0, 150, 0, 150)))
            .get(0);
    assertTrue(SiblingExplainer.explained(fromA, fromB), "both sides name C");
  }

  @Test
  void aThirdCoveringLessThanFourFifthsOfThePairsTextExplainsNothing() {
    // C shares 200 words of A, but only 70 of the 100 A shares with B (COVERED_SHARE is 0.8).
    SideView fromA = viewOfPairWithB(pair(A, C, 30, 230, 0, 200));
    assertEquals(List.of(), fromA.getExplainers());
    assertEquals(List.of(), fromA.getNearExplainers());
  }

  @Test
  void aThirdSharingAboutAsMuchAsThePairIsANearCopyNotAnExplainer() {
    // 100 words, not clearly more than the pair's 100 (MORE_SHARED is 1.05), but at least 95.
    SideView fromA = viewOfPairWithB(pair(A, C, 0, 100, 0, 100));
    assertEquals(List.of(), fromA.getExplainers());
    assertEquals(List.of("c"), fromA.getNearExplainers());
    SideView less = viewOfPairWithB(pair(A, C, 0, 94, 0, 94));
    assertEquals(List.of(), less.getNearExplainers(), "ABOUT_AS_MUCH is 0.95");
    SideView more = viewOfPairWithB(pair(A, C, 0, 106, 0, 106));
    assertEquals(List.of("c"), more.getExplainers(), "106 is 1.05 times 100, plus one");
  }

  @Test
  void aConfidentCopierOfThisSideCannotExplainItsText() {
    // C names Alpha as its source: it copied A, so A's text in C is A's, not C's to explain.
    DocumentClues copier = attributing(meta("c", "Gamma", "2026-01-04T00:00:00Z"), "Alpha", 400);
    SideView fromA = viewOfPairWithB(pair(A, copier, 0, 200, 0, 200));
    assertEquals(List.of(), fromA.getExplainers());
  }

  @Test
  void aPairNoThirdDocumentExplainsIsNotSiblings() {
    SideView fromA = viewOfPairWithB(pair(A, C, 300, 350, 0, 50));
    SideView fromB = SiblingExplainer.views("b", List.of(pair(B, A, 0, 100, 0, 100))).get(0);
    assertFalse(SiblingExplainer.explained(fromA, fromB));
  }

  @Test
  void outsideSharedCountsWordsOtherPartnersShareBeyondEachPairsText() {
    // With B: words [0, 100) of A; with C: [50, 350). Outside the pair with B, C shares [100, 350);
    // outside the pair with C, B shares [0, 50).
    DocumentClues undated = clues(meta("c", "Gamma"), 400);
    List<Integer> outside =
        SiblingExplainer.outsideShared(
            "a", List.of(pair(A, B, 0, 100, 0, 100), pair(A, undated, 50, 350, 0, 300)));
    assertEquals(List.of(250, 50), outside);
  }

  @Test
  void wordsSharedWithASourceTheCluesNameAreNotCarriedOn() {
    // C was published before A: what A shares with C is A's own source's text, not A's words that
    // other copies carry on. B, published after A, still counts.
    List<Integer> outside =
        SiblingExplainer.outsideShared(
            "a", List.of(pair(A, B, 0, 100, 0, 100), pair(A, C, 50, 350, 0, 300)));
    assertEquals(List.of(0, 50), outside);
  }
}
