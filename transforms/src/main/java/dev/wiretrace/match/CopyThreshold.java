package dev.wiretrace.match;

import dev.wiretrace.model.PairScore;
import java.io.Serializable;

/**
 * When shared text counts as copying. Two reports of one event share stock phrases ("when we
 * adopted this resolution", "the UN Security Council"); a copy shares whole passages. So a pair
 * needs enough shared words on both sides, and at least one unbroken run of them, or, for a copy
 * that paraphrases, sentences that follow each other's content words in order.
 */
public final class CopyThreshold implements Serializable {
  /** The defaults, used for every corpus alike. */
  public static final int DEFAULT_MIN_SHARED_WORDS = 20;

  public static final int DEFAULT_MIN_RUN_WORDS = 8;

  private final int minSharedWords;
  private final int minRunWords;

  public CopyThreshold(int minSharedWords, int minRunWords) {
    if (minSharedWords < 1 || minRunWords < 1) {
      throw new IllegalArgumentException(
          "minSharedWords and minRunWords must be 1 or more, not "
              + minSharedWords
              + " and "
              + minRunWords);
    }
    this.minSharedWords = minSharedWords;
    this.minRunWords = minRunWords;
  }

  public static CopyThreshold defaults() {
    return new CopyThreshold(DEFAULT_MIN_SHARED_WORDS, DEFAULT_MIN_RUN_WORDS);
  }

  public boolean isCopy(PairScore score) {
    return Math.min(score.getSharedWordsA(), score.getSharedWordsB()) >= minSharedWords
        && (score.getLongestRun() >= minRunWords
            || score.getParaphrasedSentences() >= ParaphraseAligner.MIN_ALIGNED_SENTENCES);
  }
}
