package dev.wiretrace.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.hash.HashedText;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.testing.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParaphraseAlignerTest {
  private static final List<String> SOURCE =
      List.of(
          "The harbour authority of Velmora closed the northern ferry terminal on Tuesday after"
              + " inspectors found cracks in the loading ramp.",
          "Engineers estimated that repairs to the ramp would take at least three weeks and cost"
              + " about 400,000 euros.",
          "Commuters from the island of Sarn were redirected to the southern terminal, where"
              + " extra sailings were scheduled.",
          "The ferry operator said passengers with advance tickets could claim a refund online.",
          "Local shopkeepers warned that the closure would hurt trade during the autumn market"
              + " season.");

  /** The same story rewritten: other word forms and order in each sentence, few runs kept. */
  private static final List<String> REWRITE =
      List.of(
          "On Tuesday Velmora's harbour authority shut its northern ferry terminal, inspectors"
              + " having discovered a cracked loading ramp.",
          "Repairing the ramp will cost roughly 400,000 euros and take three weeks at least,"
              + " according to engineers' estimates.",
          "Island commuters travelling from Sarn now use the southern terminal, with extra"
              + " sailings scheduled there.",
          "Refunds can be claimed online by passengers holding advance tickets, the operator"
              + " said.",
          "Shopkeepers fear the closure will hurt their trade in the autumn market season.");

  /** Another report of the same event: the same names and figures, its own sentences. */
  private static final List<String> OTHER_REPORT =
      List.of(
          "Travellers in Velmora faced long queues on Wednesday.",
          "Cracks were the reason given for the closure, a spokesman told reporters outside the"
              + " terminal.",
          "A mother of two from Sarn said the southern route added an hour to her journey.",
          "The mayor promised to ask the ministry for emergency money to speed up the works.",
          "Ferry services elsewhere in the region ran normally.");

  @Test
  void aRewriteAlignsSentenceBySentence() {
    Optional<ParaphraseAligner.Alignment> alignment =
        ParaphraseAligner.align(HashedText.of(SOURCE), HashedText.of(REWRITE));

    assertTrue(alignment.isPresent());
    List<int[]> pairs = alignment.get().sentencePairs();
    assertTrue(pairs.size() >= 4, "aligned: " + pairs.size());
    for (int[] pair : pairs) {
      assertEquals(pair[0], pair[1], "each sentence with its own rewrite");
    }
    assertTrue(alignment.get().coveredA().cardinality() >= 20);
    assertTrue(alignment.get().coveredB().cardinality() >= 20);
  }

  @Test
  void theRewriteOfEitherSideAlignsTheSameWay() {
    List<int[]> forward =
        ParaphraseAligner.align(HashedText.of(SOURCE), HashedText.of(REWRITE))
            .orElseThrow()
            .sentencePairs();
    List<int[]> backward =
        ParaphraseAligner.align(HashedText.of(REWRITE), HashedText.of(SOURCE))
            .orElseThrow()
            .sentencePairs();
    assertEquals(forward.size(), backward.size());
    for (int i = 0; i < forward.size(); i++) {
      assertArrayEquals(forward.get(i), new int[] {backward.get(i)[1], backward.get(i)[0]});
    }
  }

  @Test
  void anotherReportOfTheSameEventIsNoParaphrase() {
    assertEquals(
        Optional.empty(),
        ParaphraseAligner.align(HashedText.of(SOURCE), HashedText.of(OTHER_REPORT)));
  }

  @Test
  void similarSentencesOutOfOrderAreNoParaphrase() {
    List<String> reversed = new ArrayList<>(REWRITE);
    Collections.reverse(reversed);
    assertEquals(
        Optional.empty(), ParaphraseAligner.align(HashedText.of(SOURCE), HashedText.of(reversed)));
  }

  @Test
  void textsTooLongToCompareSentenceBySentenceAreNotAligned() {
    // a page of 600 copies of the rewrite's sentences against 600 of the source's: 360,000 pairs
    List<String> longSource = new ArrayList<>();
    List<String> longRewrite = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      longSource.addAll(SOURCE);
      longRewrite.addAll(REWRITE);
    }
    assertEquals(
        Optional.empty(),
        ParaphraseAligner.align(HashedText.of(longSource), HashedText.of(longRewrite)));
    assertTrue(
        ParaphraseAligner.align(HashedText.of(longSource.subList(0, 400)), HashedText.of(REWRITE))
            .isPresent(),
        "a long text against an article is compared");
  }

  @Test
  void theChainIsTheLongestNeverDecreasingOne() {
    assertArrayEquals(
        new int[] {0, 2, 3, 5},
        ParaphraseAligner.longestOrderedChain(new int[] {1, 7, 2, 4, -1, 6}));
    assertArrayEquals(new int[0], ParaphraseAligner.longestOrderedChain(new int[] {-1, -1}));
    // two sentences aligned to the same partner (a sentence split in two) are both in the chain
    assertArrayEquals(
        new int[] {1, 2, 3, 4}, ParaphraseAligner.longestOrderedChain(new int[] {5, 0, 3, 3, 4}));
  }

  private static DocumentProfile profile(String id, List<String> sentences) {
    return Fixtures.profile(
        Fixtures.clues(Fixtures.meta(id, null), 100), sentences.toArray(new String[0]));
  }

  @Test
  void aParaphraseCountsAsACopyAndTheVerbatimTextAloneDoesNot() {
    DocumentProfile source = profile("src", SOURCE);
    DocumentProfile rewrite = profile("rew", REWRITE);
    PairScore verbatim = PairScorer.score(source, rewrite);
    CopyThreshold threshold = CopyThreshold.defaults();
    assertFalse(threshold.isCopy(verbatim), "few five-word runs survive the rewrite");

    PairScore paraphrase =
        PairScorer.withParaphrase(verbatim, HashedText.of(SOURCE), HashedText.of(REWRITE));
    assertTrue(paraphrase.getParaphrasedSentences() >= ParaphraseAligner.MIN_ALIGNED_SENTENCES);
    assertTrue(threshold.isCopy(paraphrase));
    assertEquals(paraphrase.getParaphrasedSentences(), paraphrase.getPassages().size());
  }
}
