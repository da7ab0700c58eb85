package dev.wiretrace.direction;

import dev.wiretrace.model.Confidence;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.Credit;
import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.SharedPassage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides which document of a copying pair is the original, weighing the evidence each carries
 * ({@link DirectionEvidence}), and builds the pair's edge with its reasons, strongest first:
 *
 * <ol>
 *   <li>attributions: the copier names the original's outlet ("Press TV reported");
 *   <li>agencies: a wire agency's own copy is upstream of everyone else's;
 *   <li>credits: a reprint that keeps the wire credit is upstream of a text that dropped it;
 *   <li>timestamps: earlier is upstream, trusted less when read from the text;
 *   <li>nights: without timestamps, a document indexed on an earlier night is upstream;
 *   <li>containment: the text made mostly of shared material is the copy.
 * </ol>
 *
 * Two reprints that credit the same agency are siblings under its wire, not copies of each other,
 * and a reprint's wire text is credited to the wire, not to the reprint; unless the two share a
 * sentence's worth of words that the agency's own copy does not have ({@link
 * PairScore#getBeyondWireA}): then one reprinted the other's edited version.
 */
public final class DirectionRules {
  static final double HIGH_CONFIDENCE = 3;
  static final double MEDIUM_CONFIDENCE = 1.5;

  private DirectionRules() {}

  /**
   * Which way a pair points, from its evidence, before any edge or reason text is built: what
   * {@link SiblingExplainer} needs of every pair, and what {@link #decide} builds edges from.
   *
   * @param sharedWire the agency both sides credit as reprints, if any
   * @param siblings whether that makes them siblings under its wire, with no direction between them
   */
  public record Orientation(
      PairScore pair,
      Optional<String> sharedWire,
      boolean siblings,
      List<Evidence> evidence,
      double total,
      boolean aIsSource) {
    /** The document the pair points to; none for wire siblings. */
    public Optional<String> target() {
      return siblings
          ? Optional.empty()
          : Optional.of(aIsSource ? pair.getB().id() : pair.getA().id());
    }

    public Confidence confidence() {
      return siblings ? Confidence.HIGH : DirectionRules.confidence(Math.abs(total));
    }

    int beyondWire() {
      return Math.max(pair.getBeyondWireA(), pair.getBeyondWireB());
    }
  }

  /**
   * Weighs a pair's evidence, knowing how many partners each side has (0 when not yet known).
   *
   * @param partnersA how many documents {@code a} shares copied text with, siblings removed
   * @param partnersB the same for {@code b}
   */
  public static Orientation orient(PairScore pair, long partnersA, long partnersB) {
    DocumentClues a = pair.getA();
    DocumentClues b = pair.getB();
    Optional<String> sharedWire = sharedWireCredit(a, b);
    int beyondWire = Math.max(pair.getBeyondWireA(), pair.getBeyondWireB());
    if (sharedWire.isPresent() && beyondWire < ParentSelector.MIN_RESIDUAL_WORDS) {
      return new Orientation(pair, sharedWire, true, List.of(), 0, true);
    }
    List<Evidence> evidence = DirectionEvidence.of(a, b, pair, partnersA, partnersB);
    double total = evidence.stream().mapToDouble(Evidence::weight).sum();
    boolean aIsSource = total > 0 || (total == 0 && longerFirst(a, b));
    return new Orientation(pair, sharedWire, false, evidence, total, aIsSource);
  }

  /** The candidate edges a copying pair gives, without knowing the documents' other partners. */
  public static List<CopyEdge> decide(PairScore pair) {
    return decide(pair, 0, 0);
  }

  /**
   * The candidate edges a copying pair gives: one directed edge, or two wire-sibling edges.
   *
   * @param partnersA how many documents {@code a} shares copied text with, siblings removed
   * @param partnersB the same for {@code b}
   */
  public static List<CopyEdge> decide(PairScore pair, long partnersA, long partnersB) {
    return edges(orient(pair, partnersA, partnersB));
  }

  /** The edges an orientation gives, with the reasons that explain it. */
  static List<CopyEdge> edges(Orientation orientation) {
    PairScore pair = orientation.pair();
    if (orientation.siblings()) {
      return siblingEdges(pair, orientation.sharedWire().orElseThrow());
    }
    DocumentClues a = pair.getA();
    DocumentClues b = pair.getB();
    Optional<String> sharedWire = orientation.sharedWire();
    int beyondWire = orientation.beyondWire();
    List<Evidence> evidence = orientation.evidence();
    double total = orientation.total();
    boolean aIsSource = orientation.aIsSource();
    List<String> reasons = new ArrayList<>();
    if (sharedWire.isPresent()) {
      reasons.add(
          String.format(
              java.util.Locale.ROOT,
              "%s and %s both credit %s, but share %d words that %s's own copy does not have: one"
                  + " reprinted the other's version, not the wire",
              a.id(),
              b.id(),
              sharedWire.get(),
              beyondWire,
              sharedWire.get()));
    }
    evidence.stream()
        .filter(e -> aIsSource ? e.weight() > 0 : e.weight() < 0)
        .sorted(Comparator.comparingDouble((Evidence e) -> -Math.abs(e.weight())))
        .forEach(e -> reasons.add(e.reason()));
    evidence.stream()
        .filter(e -> aIsSource ? e.weight() < 0 : e.weight() > 0)
        .forEach(e -> reasons.add("outweighed: " + e.reason()));
    if (total == 0) {
      reasons.add(
          0,
          a.getWordCount() == b.getWordCount()
              ? "no direction evidence: ordered by document id"
              : "no direction evidence: the longer text is taken as the original, since copies"
                  + " trim more often than they add");
    }
    DocumentClues source = aIsSource ? a : b;
    DocumentClues target = aIsSource ? b : a;
    if (pair.getParaphrasedSentences() > 0) {
      reasons.add(
          String.format(
              java.util.Locale.ROOT,
              "a paraphrase: %d sentences of the two follow each other in order, each sharing most"
                  + " of its content words (stemmed), with few word-for-word runs",
              pair.getParaphrasedSentences()));
    }
    CopyEdge.Builder edge =
        oriented(pair, aIsSource)
            .setConfidence(confidence(Math.abs(total)))
            .setNamedByTarget(target.attributionTo(source.getMeta().getOutlet()) != null)
            .setSourceAgency(source.getOwnAgency());
    Credit wireCredit = reprintCredit(source);
    // a reprint's own edits, carried by the target, are the reprint's text, not the wire's
    if (wireCredit != null
        && target.attributionTo(source.getMeta().getOutlet()) == null
        && beyondWire < ParentSelector.MIN_RESIDUAL_WORDS) {
      reasons.add(
          0,
          String.format(
              "%s is a reprint of the %s wire (\"%s\"), so the text it shares with %s is %s's",
              source.id(),
              wireCredit.getAgency(),
              wireCredit.getEvidence(),
              target.id(),
              wireCredit.getAgency()));
      edge.setSource(CopyEdge.wireNode(wireCredit.getAgency()))
          .setVia(List.of(source.id()))
          .setSourceAgency(wireCredit.getAgency());
    }
    return List.of(edge.setReasons(reasons).build());
  }

  /** With no evidence at all: the longer text first, then the smaller id. */
  private static boolean longerFirst(DocumentClues a, DocumentClues b) {
    if (a.getWordCount() != b.getWordCount()) {
      return a.getWordCount() > b.getWordCount();
    }
    return a.id().compareTo(b.id()) < 0;
  }

  /** The agency both documents credit as reprints, if any, and neither names the other. */
  static Optional<String> sharedWireCredit(DocumentClues a, DocumentClues b) {
    if (a.attributionTo(b.getMeta().getOutlet()) != null
        || b.attributionTo(a.getMeta().getOutlet()) != null) {
      return Optional.empty();
    }
    for (Credit credit : a.getCredits()) {
      if (a.creditsAsReprint(credit.getAgency()) && b.creditsAsReprint(credit.getAgency())) {
        return Optional.of(credit.getAgency());
      }
    }
    return Optional.empty();
  }

  /** The first wire credit of a document that is not the agency's own copy. */
  static Credit reprintCredit(DocumentClues document) {
    for (Credit credit : document.getCredits()) {
      if (document.creditsAsReprint(credit.getAgency())) {
        return credit;
      }
    }
    return null;
  }

  private static List<CopyEdge> siblingEdges(PairScore pair, String agency) {
    String reason =
        String.format(
            "%s and %s both credit %s: siblings under the %s wire, not copies of each other",
            pair.getA().id(), pair.getB().id(), agency, agency);
    List<CopyEdge> edges = new ArrayList<>();
    for (boolean aIsWitness : new boolean[] {true, false}) {
      DocumentClues witness = aIsWitness ? pair.getA() : pair.getB();
      edges.add(
          oriented(pair, aIsWitness)
              .setSource(CopyEdge.wireNode(agency))
              .setVia(List.of(witness.id()))
              .setSourceAgency(agency)
              .setConfidence(Confidence.HIGH)
              .setReasons(List.of(reason))
              .build());
    }
    return edges;
  }

  /** An edge from one side of the pair to the other, with the shared text oriented to match. */
  private static CopyEdge.Builder oriented(PairScore pair, boolean aIsSource) {
    DocumentClues source = aIsSource ? pair.getA() : pair.getB();
    DocumentClues target = aIsSource ? pair.getB() : pair.getA();
    int shared = aIsSource ? pair.getSharedWordsB() : pair.getSharedWordsA();
    List<SharedPassage> passages =
        aIsSource
            ? pair.getPassages()
            : pair.getPassages().stream().map(SharedPassage::reversed).toList();
    return CopyEdge.builder()
        .setSource(source.id())
        .setTarget(target.id())
        .setSharedWords(shared)
        .setScore(DirectionEvidence.share(shared, target.getWordCount()))
        .setPassages(passages)
        .setTargetCoverage(aIsSource ? pair.getCoverageB() : pair.getCoverageA())
        .setParaphrase(pair.getParaphrasedSentences() > 0);
  }

  static Confidence confidence(double weight) {
    if (weight >= HIGH_CONFIDENCE) {
      return Confidence.HIGH;
    }
    return weight >= MEDIUM_CONFIDENCE ? Confidence.MEDIUM : Confidence.LOW;
  }
}
