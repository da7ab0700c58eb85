package dev.wiretrace.direction;

import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.PairScore;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds pairs whose shared text a third document explains. When A and B both took the same
 * passages from C, A and B share those passages too, yet neither copied the other: they are
 * siblings under C. C explains the pair (A, B) when, on each side, most of the text A and B share
 * is also shared with C, C shares clearly more with that side than the pair does, and C is not
 * confidently downstream of that side (a copier cannot explain its own source's text) nor a
 * reprint of the same wire (two copies of one wire text cannot explain each other).
 */
public final class SiblingExplainer {
  /** Share of a pair's shared words that the third document must also share. */
  static final double COVERED_SHARE = 0.8;
  /**
   * The third document must share clearly more with each side than the pair does: a near-copy of
   * one member shares as much as that member, and explains nothing.
   */
  static final double MORE_SHARED = 1.05;

  private SiblingExplainer() {}

  /** Share of the pair's shared words that a near-copy of the other member shares, at least. */
  static final double ABOUT_AS_MUCH = 0.95;

  /**
   * What document {@code side} can tell about {@code pair} from all its own copying pairs.
   *
   * @param side the id of one document of {@code pair}
   * @param pairs all copying pairs of {@code side}, {@code pair} among them
   */
  public static SideView view(String side, PairScore pair, List<PairScore> pairs) {
    BitSet shared = coverageOf(side, pair);
    int words = shared.cardinality();
    TreeSet<String> explainers = new TreeSet<>();
    TreeSet<String> near = new TreeSet<>();
    TreeSet<String> upstream = new TreeSet<>();
    BitSet elsewhere = new BitSet();
    for (PairScore other : pairs) {
      if (samePair(pair, other)) {
        continue;
      }
      String candidate = partnerOf(side, other);
      BitSet third = coverageOf(side, other);
      elsewhere.or(third);
      if (upstreamOf(side, other)) {
        upstream.add(candidate);
      }
      BitSet both = (BitSet) third.clone();
      both.and(shared);
      if (words == 0 || both.cardinality() < COVERED_SHARE * words) {
        continue;
      }
      if (third.cardinality() >= MORE_SHARED * words + 1) {
        // A reprint of the same wire as this side is a copy of the same text, not its source.
        boolean wireSibling =
            DirectionRules.sharedWireCredit(other.getA(), other.getB()).isPresent();
        if (!wireSibling && !confidentlyDownstream(candidate, other)) {
          explainers.add(candidate);
        }
      } else if (third.cardinality() >= ABOUT_AS_MUCH * words) {
        near.add(candidate);
      }
    }
    elsewhere.andNot(shared);
    int notUpstream = pairs.size() - 1 - upstream.size();
    return SideView.create(
        side,
        List.copyOf(explainers),
        List.copyOf(near),
        List.copyOf(upstream),
        elsewhere.cardinality(),
        notUpstream);
  }

  /**
   * Whether a pair is siblings under a third document, from what its two sides saw: a document
   * both sides name as explainer, or one that one side names and that is a near-copy of that
   * side, seen from the other side, and upstream of it.
   */
  public static boolean explained(SideView x, SideView y) {
    TreeSet<String> common = new TreeSet<>(x.getExplainers());
    common.retainAll(y.getExplainers());
    return !common.isEmpty() || nearCopyUpstream(x, y) || nearCopyUpstream(y, x);
  }

  private static boolean nearCopyUpstream(SideView copySide, SideView other) {
    for (String candidate : copySide.getExplainers()) {
      if (other.getNearExplainers().contains(candidate)
          && copySide.getUpstreamPartners().contains(candidate)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the direction rules put the partner of {@code side} upstream of it. */
  static boolean upstreamOf(String side, PairScore pair) {
    List<CopyEdge> edges = DirectionRules.decide(pair);
    return edges.size() == 1 && edges.get(0).getTarget().equals(side);
  }

  /** Whether the direction rules put {@code document} downstream of its partner with some force. */
  static boolean confidentlyDownstream(String document, PairScore pair) {
    List<CopyEdge> edges = DirectionRules.decide(pair);
    // Two edges are wire siblings: neither is downstream of the other.
    return edges.size() == 1
        && edges.get(0).getTarget().equals(document)
        && !"low".equals(edges.get(0).getConfidence());
  }

  static BitSet coverageOf(String side, PairScore pair) {
    return ParentSelector.coverage(
        pair.getA().id().equals(side) ? pair.getCoverageA() : pair.getCoverageB());
  }

  static String partnerOf(String side, PairScore pair) {
    return pair.getA().id().equals(side) ? pair.getB().id() : pair.getA().id();
  }

  private static boolean samePair(PairScore x, PairScore y) {
    return x.getA().id().equals(y.getA().id()) && x.getB().id().equals(y.getB().id());
  }
}
