package dev.wiretrace.direction;

import com.google.auto.value.AutoValue;
import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.PairScore;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/**
 * One document's side of a copying pair, no more than measuring its carried words needs: which of
 * its words the pair shares, and whether the documents' own clues put the partner upstream.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class SideCoverage {
  /** The pair, as {@link KeyByPair#of} keys it. */
  public abstract String getPairKey();

  /** This side's shared words, as [start, end) ranges of word positions. */
  public abstract List<Integer> getCoverage();

  /** The other document of the pair. */
  public abstract String getPartner();

  /** Whether credits, attributions or timestamps put the partner upstream of this side. */
  public abstract boolean getPartnerIsSource();

  public static SideCoverage create(
      String pairKey, List<Integer> coverage, String partner, boolean partnerIsSource) {
    return new AutoValue_SideCoverage(pairKey, coverage, partner, partnerIsSource);
  }

  /** Document {@code side}'s side of {@code pair}. */
  public static SideCoverage of(String side, PairScore pair) {
    boolean sideIsA = pair.getA().id().equals(side);
    DocumentClues sideClues = sideIsA ? pair.getA() : pair.getB();
    DocumentClues partnerClues = sideIsA ? pair.getB() : pair.getA();
    return create(
        KeyByPair.of(pair),
        sideIsA ? pair.getCoverageA() : pair.getCoverageB(),
        partnerClues.id(),
        DirectionEvidence.cluesPutUpstream(partnerClues, sideClues));
  }
}
