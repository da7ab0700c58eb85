package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/**
 * How much text two documents share, before any direction is decided. Document {@code a} has the
 * smaller id; in the passages, "source" means {@code a} and "target" means {@code b}.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class PairScore {
  public abstract DocumentClues getA();

  public abstract DocumentClues getB();

  /** Words of {@code a} covered by word n-grams that also occur in {@code b}. */
  public abstract int getSharedWordsA();

  public abstract int getSharedWordsB();

  /** The longest run of consecutive covered words, on the side where it is shorter. */
  public abstract int getLongestRun();

  /** Sentences identical after normalisation. */
  public abstract int getIdenticalSentences();

  /** Covered word ranges of {@code a}'s body, flattened as start, end (exclusive) pairs. */
  public abstract List<Integer> getCoverageA();

  public abstract List<Integer> getCoverageB();

  public abstract List<SharedPassage> getPassages();

  /**
   * Words of {@code a} outside this pair's shared text that {@code a} shares with its other copying
   * partners; -1 until the documents' other pairs have been looked at.
   */
  public abstract int getOutsideSharedA();

  public abstract int getOutsideSharedB();

  /**
   * How many other documents {@code a} shares copied text with, not counting those upstream of it;
   * -1 until known.
   */
  public abstract int getOtherPartnersA();

  public abstract int getOtherPartnersB();

  /**
   * When both documents reprint one agency's wire and the agency's own copy is a partner of {@code
   * a}: the words {@code a} shares with {@code b} that the agency's copy does not have (one
   * reprint's edits, carried by the other). 0 otherwise, or until known.
   */
  public abstract int getBeyondWireA();

  public abstract int getBeyondWireB();

  /**
   * Sentences aligned in order when the pair copies by paraphrase (see {@code ParaphraseAligner}),
   * whose shared content words then count in the coverage; 0 for a pair that copies word for word.
   */
  public abstract int getParaphrasedSentences();

  public static Builder builder() {
    return new AutoValue_PairScore.Builder()
        .setOutsideSharedA(-1)
        .setOutsideSharedB(-1)
        .setOtherPartnersA(-1)
        .setOtherPartnersB(-1)
        .setBeyondWireA(0)
        .setBeyondWireB(0)
        .setParaphrasedSentences(0);
  }

  public abstract Builder toBuilder();

  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setA(DocumentClues a);

    public abstract Builder setB(DocumentClues b);

    public abstract Builder setSharedWordsA(int words);

    public abstract Builder setSharedWordsB(int words);

    public abstract Builder setLongestRun(int words);

    public abstract Builder setIdenticalSentences(int count);

    public abstract Builder setCoverageA(List<Integer> ranges);

    public abstract Builder setCoverageB(List<Integer> ranges);

    public abstract Builder setPassages(List<SharedPassage> passages);

    public abstract Builder setOutsideSharedA(int words);

    public abstract Builder setOutsideSharedB(int words);

    public abstract Builder setOtherPartnersA(int count);

    public abstract Builder setOtherPartnersB(int count);

    public abstract Builder setBeyondWireA(int words);

    public abstract Builder setBeyondWireB(int words);

    public abstract Builder setParaphrasedSentences(int count);

    public abstract PairScore build();
  }
}
