package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A directed document-level copy edge: {@code source} is the original, {@code target} the copier. A
 * source of the form {@code wire:AGENCY} stands for an agency's wire copy not in the corpus.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class CopyEdge {
  public static final String WIRE_PREFIX = "wire:";

  public abstract String getSource();

  public abstract String getTarget();

  /** True on the target's main parent. */
  public abstract boolean getPrimary();

  /** Words of the target found in the source. */
  public abstract int getSharedWords();

  /** The share of the target's words found in the source, 0 to 1. */
  public abstract double getScore();

  /** How strongly the evidence fixes the direction. */
  public abstract Confidence getConfidence();

  /** Why the edge points the way it does, strongest first. */
  public abstract List<String> getReasons();

  /** Documents whose text stands in for a wire source (reprints that carry the wire copy). */
  public abstract List<String> getVia();

  /** The target names this source itself: a credit such as "(AFP)" or "Press TV reported". */
  public abstract boolean getNamedByTarget();

  /** The agency whose own copy the source is (a wire node, or an agency's document), or null. */
  public abstract @Nullable String getSourceAgency();

  public abstract List<SharedPassage> getPassages();

  /** Covered word ranges of the target's body, as in {@link PairScore#getCoverageB()}. */
  public abstract List<Integer> getTargetCoverage();

  /**
   * Whether the shared text is a paraphrase (content words of sentences in order), not verbatim.
   */
  public abstract boolean getParaphrase();

  public static Builder builder() {
    return new AutoValue_CopyEdge.Builder()
        .setPrimary(false)
        .setNamedByTarget(false)
        .setVia(List.of())
        .setPassages(List.of())
        .setTargetCoverage(List.of())
        .setParaphrase(false);
  }

  public abstract Builder toBuilder();

  public static String wireNode(String agency) {
    return WIRE_PREFIX + agency;
  }

  public static boolean isWireNode(String node) {
    return node.startsWith(WIRE_PREFIX);
  }

  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setSource(String source);

    public abstract Builder setTarget(String target);

    public abstract Builder setPrimary(boolean primary);

    public abstract Builder setSharedWords(int words);

    public abstract Builder setScore(double score);

    public abstract Builder setConfidence(Confidence confidence);

    public abstract Builder setReasons(List<String> reasons);

    public abstract Builder setVia(List<String> via);

    public abstract Builder setNamedByTarget(boolean named);

    public abstract Builder setSourceAgency(@Nullable String agency);

    public abstract Builder setPassages(List<SharedPassage> passages);

    public abstract Builder setTargetCoverage(List<Integer> ranges);

    public abstract Builder setParaphrase(boolean paraphrase);

    public abstract CopyEdge build();
  }
}
