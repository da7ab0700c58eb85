package dev.wiretrace.direction;

import dev.wiretrace.model.Confidence;
import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.PairScore;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds pairs whose shared text a third document explains. When A and B both took the same passages
 * from C, A and B share those passages too, yet neither copied the other: they are siblings under
 * C. C explains the pair (A, B) when, on each side, most of the text A and B share is also shared
 * with C, C shares clearly more with that side than the pair does, and C is not confidently
 * downstream of that side (a copier cannot explain its own source's text) nor a reprint of the same
 * wire (two copies of one wire text cannot explain each other).
 */
public final class SiblingExplainer {
  /** Share of a pair's shared words that the third document must also share. */
  static final double COVERED_SHARE = 0.8;

  /**
   * The third document must share clearly more with each side than the pair does: a near-copy of
   * one member shares as much as that member, and explains nothing.
   */
  static final double MORE_SHARED = 1.05;

  /** Share of the pair's shared words that a near-copy of the other member shares, at least. */
  static final double ABOUT_AS_MUCH = 0.95;

  private SiblingExplainer() {}

  /** What one document knows of one of its partners: decided once, used for every pair. */
  private record Partner(
      String id,
      BitSet coverage,
      boolean upstream,
      boolean confidentlyDownstream,
      boolean wireSibling,
      String ownAgency,
      String sharedWire,
      int outsideShared) {
    static Partner of(String side, PairScore pair) {
      // Which way the pair points without the partner counts (the hub evidence): those count the
      // pairs left once siblings are removed, which is what this decides. Only the pairs left get
      // edges and reasons (DecideDirectionFn), weighed again with the counts.
      DirectionRules.Orientation orientation = DirectionRules.orient(pair, 0, 0);
      // Wire siblings: neither is upstream or downstream of the other.
      boolean directed = !orientation.siblings();
      String partner = partnerOf(side, pair);
      DocumentClues partnerClues = pair.getA().id().equals(partner) ? pair.getA() : pair.getB();
      return new Partner(
          partner,
          coverageOf(side, pair),
          orientation.target().filter(side::equals).isPresent(),
          orientation.target().filter(partner::equals).isPresent()
              && orientation.confidence() != Confidence.LOW,
          !directed,
          partnerClues.getOwnAgency(),
          DirectionRules.sharedWireCredit(pair.getA(), pair.getB()).orElse(null),
          pair.getA().id().equals(side) ? pair.getOutsideSharedA() : pair.getOutsideSharedB());
    }
  }

  /**
   * What document {@code side} can tell about each of its copying pairs from all of them, in the
   * order of {@code pairs}.
   */
  public static List<SideView> views(String side, List<PairScore> pairs) {
    List<Partner> partners = pairs.stream().map(pair -> Partner.of(side, pair)).toList();
    List<SideView> views = new ArrayList<>();
    for (int i = 0; i < partners.size(); i++) {
      views.add(view(side, i, partners));
    }
    return views;
  }

  /**
   * For each of document {@code side}'s copying pairs, in order: how many of its words outside the
   * pair's shared text its other partners share, leaving out the partners that the documents' own
   * clues (credits, attributions, timestamps) put upstream of it: what it shares with its own
   * sources is not carried on by others.
   */
  public static List<Integer> outsideShared(String side, List<PairScore> pairs) {
    return outsideShared(pairs.stream().map(pair -> SideCoverage.of(side, pair)).toList());
  }

  /**
   * The same, from one document's sides of all its pairs. The union of what the carrying partners
   * share, less the pair's own shared words, is what the others share beyond it: the pair's own
   * partner adds nothing outside its own shared words.
   */
  public static List<Integer> outsideShared(List<SideCoverage> sides) {
    List<BitSet> coverages =
        sides.stream().map(side -> ParentSelector.coverage(side.getCoverage())).toList();
    BitSet carried = new BitSet();
    for (int j = 0; j < coverages.size(); j++) {
      if (!sides.get(j).getPartnerIsSource()) {
        carried.or(coverages.get(j));
      }
    }
    List<Integer> outside = new ArrayList<>();
    for (BitSet coverage : coverages) {
      BitSet elsewhere = (BitSet) carried.clone();
      elsewhere.andNot(coverage);
      outside.add(elsewhere.cardinality());
    }
    return outside;
  }

  private static SideView view(String side, int index, List<Partner> partners) {
    BitSet shared = partners.get(index).coverage();
    int words = shared.cardinality();
    TreeSet<String> explainers = new TreeSet<>();
    TreeSet<String> near = new TreeSet<>();
    TreeSet<String> upstream = new TreeSet<>();
    for (int i = 0; i < partners.size(); i++) {
      if (i == index) {
        continue;
      }
      Partner other = partners.get(i);
      BitSet third = other.coverage();
      if (other.upstream()) {
        upstream.add(other.id());
      }
      BitSet both = (BitSet) third.clone();
      both.and(shared);
      if (words == 0 || both.cardinality() < COVERED_SHARE * words) {
        continue;
      }
      if (third.cardinality() >= MORE_SHARED * words + 1) {
        // A reprint of the same wire as this side is a copy of the same text, not its source.
        if (!other.wireSibling() && !other.confidentlyDownstream()) {
          explainers.add(other.id());
        }
      } else if (third.cardinality() >= ABOUT_AS_MUCH * words) {
        near.add(other.id());
      }
    }
    int notUpstream = partners.size() - 1 - upstream.size();
    return SideView.create(
        side,
        List.copyOf(explainers),
        List.copyOf(near),
        List.copyOf(upstream),
        partners.get(index).outsideShared(),
        notUpstream,
        beyondWire(index, partners));
  }

  /**
   * For a pair of reprints of one wire: the words this side shares with the other that the agency's
   * own copy does not have, when that copy is among this side's partners. Those words are one
   * reprint's edits in the other, which siblings under the wire could not share.
   */
  private static int beyondWire(int index, List<Partner> partners) {
    String wire = partners.get(index).sharedWire();
    if (wire == null) {
      return 0;
    }
    BitSet beyond = (BitSet) partners.get(index).coverage().clone();
    boolean agencyCopySeen = false;
    for (int i = 0; i < partners.size(); i++) {
      if (i != index && wire.equals(partners.get(i).ownAgency())) {
        beyond.andNot(partners.get(i).coverage());
        agencyCopySeen = true;
      }
    }
    return agencyCopySeen ? beyond.cardinality() : 0;
  }

  /**
   * Whether a pair is siblings under a third document, from what its two sides saw: a document both
   * sides name as explainer, or one that one side names and that is a near-copy of that side, seen
   * from the other side, and upstream of it.
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

  /**
   * {@code pair} with what each of its sides saw of its other partners, which the direction rules
   * weigh.
   */
  public static PairScore withSides(PairScore pair, List<SideView> sides) {
    PairScore.Builder annotated = pair.toBuilder();
    for (SideView side : sides) {
      if (side.getDocument().equals(pair.getA().id())) {
        annotated
            .setOutsideSharedA(side.getOutsideShared())
            .setOtherPartnersA(side.getOtherPartners())
            .setBeyondWireA(side.getBeyondWire());
      } else {
        annotated
            .setOutsideSharedB(side.getOutsideShared())
            .setOtherPartnersB(side.getOtherPartners())
            .setBeyondWireB(side.getBeyondWire());
      }
    }
    return annotated.build();
  }

  static BitSet coverageOf(String side, PairScore pair) {
    return ParentSelector.coverage(
        pair.getA().id().equals(side) ? pair.getCoverageA() : pair.getCoverageB());
  }

  static String partnerOf(String side, PairScore pair) {
    return pair.getA().id().equals(side) ? pair.getB().id() : pair.getA().id();
  }
}
