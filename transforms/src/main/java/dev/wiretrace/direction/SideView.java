package dev.wiretrace.direction;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** What one document of a pair learns from looking at all its own copying pairs. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class SideView {
  /** The document this view is from. */
  public abstract String getDocument();

  /** Third documents that explain the pair, seen from this side. */
  public abstract List<String> getExplainers();

  /**
   * Third documents that cover the pair's shared text and share about as much with this side as the
   * pair does: near-copies of the other member, seen from here.
   */
  public abstract List<String> getNearExplainers();

  /** This document's partners that the direction rules put upstream of it. */
  public abstract List<String> getUpstreamPartners();

  /** Words of this document outside the pair's shared text that other partners share. */
  public abstract int getOutsideShared();

  /**
   * How many other documents this document shares copied text with, leaving out those upstream of
   * it: the ones that could have copied from it.
   */
  public abstract int getOtherPartners();

  /**
   * For two reprints of one agency's wire: the words this side shares with the other that the
   * agency's own copy, a partner of this side, does not have; 0 if there is no such copy.
   */
  public abstract int getBeyondWire();

  public static SideView create(
      String document,
      List<String> explainers,
      List<String> nearExplainers,
      List<String> upstreamPartners,
      int outsideShared,
      int otherPartners,
      int beyondWire) {
    return new AutoValue_SideView(
        document,
        explainers,
        nearExplainers,
        upstreamPartners,
        outsideShared,
        otherPartners,
        beyondWire);
  }
}
