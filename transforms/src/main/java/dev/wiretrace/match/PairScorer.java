package dev.wiretrace.match;

import dev.wiretrace.hash.HashedText;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.SharedPassage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Measures the text two documents share: which words of each are covered by word 5-grams found in
 * the other, the longest shared run, and the shared passages aligned sentence to sentence.
 */
public final class PairScorer {
  /** A target sentence is a shared passage when at least this share of it is covered... */
  private static final double PASSAGE_SHARE = 0.3;

  /** ...and at least this many of its words. */
  private static final int PASSAGE_MIN_WORDS = 4;

  private static final int MAX_PASSAGES = 100;

  private PairScorer() {}

  /** Scores documents {@code a} and {@code b}; "source" in the passages means {@code a}. */
  public static PairScore score(DocumentProfile a, DocumentProfile b) {
    return score(a, b, hash -> false);
  }

  /**
   * Scores documents {@code a} and {@code b}, ignoring the hashes {@code common} accepts: text so
   * widespread in the corpus (templates, stock lines) that sharing it shows no copying.
   */
  public static PairScore score(DocumentProfile a, DocumentProfile b, LongPredicate common) {
    return score(a, HashedText.of(a.getSentences()), b, HashedText.of(b.getSentences()), common);
  }

  /** As above, with each document's text already hashed, for a document scored many times. */
  public static PairScore score(
      DocumentProfile a, HashedText ta, DocumentProfile b, HashedText tb, LongPredicate common) {
    HashChains positionsInA = shinglePositions(ta);
    boolean[] coveredA = new boolean[ta.wordCount()];
    boolean[] coveredB = new boolean[tb.wordCount()];
    // votes.get(sentence of b) maps sentence of a to how many shingles they share
    Map<Integer, Map<Integer, Integer>> votes = new HashMap<>();
    for (int j = 0; j < tb.shingleCount(); j++) {
      int first = positionsInA.first(tb.shingle(j));
      if (first < 0 || common.test(tb.shingle(j))) {
        continue;
      }
      mark(coveredB, j);
      for (int p = first; p >= 0; p = positionsInA.next(p)) {
        mark(coveredA, p);
        votes
            .computeIfAbsent(tb.sentenceOfWord(j), k -> new HashMap<>())
            .merge(ta.sentenceOfWord(p), 1, Integer::sum);
      }
    }
    int identical = identicalSentences(ta, tb, coveredA, coveredB, common);
    return PairScore.builder()
        .setA(a.getClues())
        .setB(b.getClues())
        .setSharedWordsA(count(coveredA))
        .setSharedWordsB(count(coveredB))
        .setLongestRun(Math.min(longestRun(coveredA), longestRun(coveredB)))
        .setIdenticalSentences(identical)
        .setCoverageA(ranges(coveredA))
        .setCoverageB(ranges(coveredB))
        .setPassages(passages(ta, tb, coveredB, votes))
        .build();
  }

  /**
   * A pair whose verbatim evidence falls short, with the evidence of a paraphrase added when the
   * texts align as one (see {@link ParaphraseAligner}): the aligned sentences' shared content words
   * join the coverage, and the aligned sentences are the passages. Otherwise {@code verbatim}.
   */
  public static PairScore withParaphrase(PairScore verbatim, HashedText ta, HashedText tb) {
    Optional<ParaphraseAligner.Alignment> found = ParaphraseAligner.align(ta, tb);
    if (found.isEmpty()) {
      return verbatim;
    }
    ParaphraseAligner.Alignment alignment = found.get();
    boolean[] coveredA = covered(verbatim.getCoverageA(), alignment.coveredA(), ta.wordCount());
    boolean[] coveredB = covered(verbatim.getCoverageB(), alignment.coveredB(), tb.wordCount());
    List<SharedPassage> passages = new ArrayList<>();
    for (int[] pair : alignment.sentencePairs()) {
      int wordsOfB = 0;
      for (int i = alignment.coveredB().nextSetBit(0);
          i >= 0;
          i = alignment.coveredB().nextSetBit(i + 1)) {
        if (tb.sentenceOfWord(i) == pair[1]) {
          wordsOfB++;
        }
      }
      passages.add(
          SharedPassage.create(ta.sentences().get(pair[0]), tb.sentences().get(pair[1]), wordsOfB));
    }
    return verbatim.toBuilder()
        .setSharedWordsA(count(coveredA))
        .setSharedWordsB(count(coveredB))
        .setCoverageA(ranges(coveredA))
        .setCoverageB(ranges(coveredB))
        .setPassages(passages)
        .setParaphrasedSentences(alignment.sentencePairs().size())
        .build();
  }

  private static boolean[] covered(List<Integer> ranges, BitSet more, int words) {
    boolean[] covered = new boolean[words];
    for (int i = 0; i + 1 < ranges.size(); i += 2) {
      Arrays.fill(covered, ranges.get(i), ranges.get(i + 1), true);
    }
    more.stream().forEach(i -> covered[i] = true);
    return covered;
  }

  /** Where each shingle of a text starts; added from the last, each chain runs in order. */
  private static HashChains shinglePositions(HashedText text) {
    HashChains positions = new HashChains(text.shingleCount());
    for (int i = text.shingleCount() - 1; i >= 0; i--) {
      positions.add(text.shingle(i), i);
    }
    return positions;
  }

  private static void mark(boolean[] covered, int start) {
    for (int k = 0; k < HashedText.SHINGLE_WORDS; k++) {
      covered[start + k] = true;
    }
  }

  /** Sentences equal after normalisation also count when shorter than a shingle. */
  private static int identicalSentences(
      HashedText ta, HashedText tb, boolean[] coveredA, boolean[] coveredB, LongPredicate common) {
    Map<Long, Integer> inA = new HashMap<>();
    for (int s = 0; s < ta.sentences().size(); s++) {
      inA.putIfAbsent(ta.sentenceHash(s), s);
    }
    Set<Long> matched = new HashSet<>();
    for (int s = 0; s < tb.sentences().size(); s++) {
      Integer sa = inA.get(tb.sentenceHash(s));
      if (sa != null && !common.test(tb.sentenceHash(s)) && matched.add(tb.sentenceHash(s))) {
        markSentence(tb, s, coveredB);
        markSentence(ta, sa, coveredA);
      }
    }
    return matched.size();
  }

  private static void markSentence(HashedText t, int sentence, boolean[] covered) {
    for (int i = 0; i < t.wordCount(); i++) {
      if (t.sentenceOfWord(i) == sentence) {
        covered[i] = true;
      }
    }
  }

  private static List<SharedPassage> passages(
      HashedText ta, HashedText tb, boolean[] coveredB, Map<Integer, Map<Integer, Integer>> votes) {
    int[] sentenceWords = new int[tb.sentences().size()];
    int[] sentenceCovered = new int[tb.sentences().size()];
    for (int i = 0; i < tb.wordCount(); i++) {
      sentenceWords[tb.sentenceOfWord(i)]++;
      if (coveredB[i]) {
        sentenceCovered[tb.sentenceOfWord(i)]++;
      }
    }
    Map<Long, Integer> exactInA = new HashMap<>();
    for (int s = 0; s < ta.sentences().size(); s++) {
      exactInA.putIfAbsent(ta.sentenceHash(s), s);
    }
    List<SharedPassage> passages = new ArrayList<>();
    for (int sb = 0; sb < sentenceWords.length && passages.size() < MAX_PASSAGES; sb++) {
      int covered = sentenceCovered[sb];
      if (covered == 0
          || covered < Math.min(PASSAGE_MIN_WORDS, sentenceWords[sb])
          || covered < PASSAGE_SHARE * sentenceWords[sb]) {
        continue;
      }
      Integer sa = exactInA.get(tb.sentenceHash(sb));
      if (sa == null) {
        sa = bestVote(votes.get(sb));
      }
      if (sa == null) {
        continue;
      }
      passages.add(SharedPassage.create(ta.sentences().get(sa), tb.sentences().get(sb), covered));
    }
    return passages;
  }

  private static Integer bestVote(Map<Integer, Integer> sentenceVotes) {
    if (sentenceVotes == null) {
      return null;
    }
    Integer best = null;
    for (Map.Entry<Integer, Integer> vote : sentenceVotes.entrySet()) {
      if (best == null
          || vote.getValue() > sentenceVotes.get(best)
          || (vote.getValue().equals(sentenceVotes.get(best)) && vote.getKey() < best)) {
        best = vote.getKey();
      }
    }
    return best;
  }

  private static int count(boolean[] covered) {
    int n = 0;
    for (boolean c : covered) {
      if (c) {
        n++;
      }
    }
    return n;
  }

  private static int longestRun(boolean[] covered) {
    int best = 0;
    int run = 0;
    for (boolean c : covered) {
      run = c ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }

  /** Covered words as flattened [start, end) ranges. */
  static List<Integer> ranges(boolean[] covered) {
    List<Integer> ranges = new ArrayList<>();
    int i = 0;
    while (i < covered.length) {
      if (!covered[i]) {
        i++;
        continue;
      }
      int start = i;
      while (i < covered.length && covered[i]) {
        i++;
      }
      ranges.add(start);
      ranges.add(i);
    }
    return ranges;
  }
}
