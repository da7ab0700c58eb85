package dev.wiretrace.direction;

import dev.wiretrace.model.Attribution;
import dev.wiretrace.model.Confidence;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.Credit;
import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.OutletKey;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.PublishedSource;
import dev.wiretrace.model.SharedPassage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which document of a copying pair is the original, from the evidence each carries:
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
  static final double ATTRIBUTION = 4;
  static final double AGENCY_COPY = 3;
  static final double KEPT_CREDIT = 2;
  static final double MANIFEST_TIME = 2;
  static final double TEXT_TIME = 1.5;

  /**
   * Weaker than a timestamp: a document crawled on an earlier night existed first, but a late crawl
   * of an old original can reach the index after its copies.
   */
  static final double EARLIER_NIGHT = 1;

  static final double CONTAINMENT = 1;
  static final double HUB = 1.5;
  static final double ADDED_TEXT = 1.5;

  /** A text this much inside the other is a candidate for "the other is it plus additions". */
  static final double NEARLY_WHOLE = 0.9;

  /** The larger text needs this many other partners for their silence to mean something. */
  static final int MIN_OTHER_PARTNERS = 2;

  /** Fewer outside words than this shared elsewhere count as none. */
  static final int NO_OUTSIDE_WORDS = 5;

  /** A hub has at least this many copying partners, and twice as many as the other side. */
  static final long MIN_HUB_PARTNERS = 3;

  /** A containment gap this large gives containment its full weight. */
  static final double CONTAINMENT_GAP = 0.15;

  /** Times read from text lack a zone: only a gap of a day or more says anything. */
  static final Duration TEXT_TIME_TOLERANCE = Duration.ofHours(24);

  static final double HIGH_CONFIDENCE = 3;
  static final double MEDIUM_CONFIDENCE = 1.5;

  private DirectionRules() {}

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
    DocumentClues a = pair.getA();
    DocumentClues b = pair.getB();
    Optional<String> sharedWire = sharedWireCredit(a, b);
    int beyondWire = Math.max(pair.getBeyondWireA(), pair.getBeyondWireB());
    if (sharedWire.isPresent() && beyondWire < ParentSelector.MIN_RESIDUAL_WORDS) {
      return siblingEdges(pair, sharedWire.get());
    }
    List<Evidence> evidence = evidence(a, b, pair);
    hub(a, b, partnersA, partnersB).ifPresent(evidence::add);
    addedText(a, b, pair).ifPresent(evidence::add);
    double total = evidence.stream().mapToDouble(Evidence::weight).sum();
    boolean aIsSource = total > 0 || (total == 0 && longerFirst(a, b));
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

  static List<Evidence> evidence(DocumentClues a, DocumentClues b, PairScore pair) {
    List<Evidence> evidence = new ArrayList<>();
    attribution(a, b).ifPresent(evidence::add);
    attribution(b, a).map(DirectionRules::flip).ifPresent(evidence::add);
    agencyCopy(a, b).ifPresent(evidence::add);
    agencyCopy(b, a).map(DirectionRules::flip).ifPresent(evidence::add);
    keptCredit(a, b).ifPresent(evidence::add);
    keptCredit(b, a).map(DirectionRules::flip).ifPresent(evidence::add);
    timestamps(a, b).or(() -> nights(a, b)).ifPresent(evidence::add);
    containment(a, b, pair).ifPresent(evidence::add);
    return evidence;
  }

  private static Evidence flip(Evidence e) {
    return new Evidence(-e.weight(), e.reason());
  }

  /** {@code target} names {@code source}'s outlet as where its story came from. */
  private static Optional<Evidence> attribution(DocumentClues source, DocumentClues target) {
    String outlet = source.getMeta().getOutlet();
    if (outlet == null || OutletKey.same(outlet, target.getMeta().getOutlet())) {
      return Optional.empty();
    }
    Attribution named = target.attributionTo(outlet);
    if (named == null && source.getOwnAgency() != null) {
      named = target.attributionTo(source.getOwnAgency());
    }
    return Optional.ofNullable(named)
        .map(
            n ->
                new Evidence(
                    ATTRIBUTION,
                    String.format(
                        "%s names %s, the outlet of %s, as its source: \"%s\"",
                        target.id(), n.getName(), source.id(), n.getEvidence())));
  }

  /** {@code source} is a wire agency's own copy, and {@code target} is not that agency's. */
  private static Optional<Evidence> agencyCopy(DocumentClues source, DocumentClues target) {
    String agency = source.getOwnAgency();
    if (agency == null || agency.equals(target.getOwnAgency())) {
      return Optional.empty();
    }
    boolean credited = target.creditsAsReprint(agency);
    return Optional.of(
        new Evidence(
            AGENCY_COPY + (credited ? 1 : 0),
            String.format(
                "%s is %s's own copy%s",
                source.id(),
                agency,
                credited ? " and " + target.id() + " credits " + agency : "")));
  }

  /** {@code source} carries a wire credit; {@code target} carries none. */
  private static Optional<Evidence> keptCredit(DocumentClues source, DocumentClues target) {
    Credit credit = reprintCredit(source);
    if (credit == null || !target.getCredits().isEmpty() || target.getOwnAgency() != null) {
      return Optional.empty();
    }
    return Optional.of(
        new Evidence(
            KEPT_CREDIT,
            String.format(
                "%s carries the %s credit (\"%s\"); %s carries no credit",
                source.id(), credit.getAgency(), credit.getEvidence(), target.id())));
  }

  private static Optional<Evidence> timestamps(DocumentClues a, DocumentClues b) {
    String pa = a.getMeta().getPublished();
    String pb = b.getMeta().getPublished();
    if (pa == null || pb == null) {
      return Optional.empty();
    }
    Instant ta = Instant.parse(pa);
    Instant tb = Instant.parse(pb);
    boolean fromText =
        a.getMeta().publishedSource() == PublishedSource.TEXT
            || b.getMeta().publishedSource() == PublishedSource.TEXT;
    Duration gap = Duration.between(ta, tb).abs();
    if (gap.isZero() || (fromText && gap.compareTo(TEXT_TIME_TOLERANCE) < 0)) {
      return Optional.empty();
    }
    boolean aFirst = ta.isBefore(tb);
    DocumentClues first = aFirst ? a : b;
    DocumentClues second = aFirst ? b : a;
    double weight = fromText ? TEXT_TIME : MANIFEST_TIME;
    return Optional.of(
        new Evidence(
            aFirst ? weight : -weight,
            String.format(
                "%s was published first (%s, %s before %s%s)",
                first.id(),
                first.getMeta().getPublished(),
                humanDuration(gap),
                second.id(),
                fromText ? "; time read from the text" : "")));
  }

  private static Optional<Evidence> nights(DocumentClues a, DocumentClues b) {
    String na = a.getMeta().getNight();
    String nb = b.getMeta().getNight();
    if (na == null || nb == null || na.equals(nb)) {
      return Optional.empty();
    }
    boolean aFirst = na.compareTo(nb) < 0;
    DocumentClues first = aFirst ? a : b;
    DocumentClues second = aFirst ? b : a;
    return Optional.of(
        new Evidence(
            aFirst ? EARLIER_NIGHT : -EARLIER_NIGHT,
            String.format(
                "%s was already indexed on night %s; %s came in on night %s",
                first.id(), first.getMeta().getNight(), second.id(), second.getMeta().getNight())));
  }

  private static Optional<Evidence> containment(DocumentClues a, DocumentClues b, PairScore pair) {
    double ca = share(pair.getSharedWordsA(), a.getWordCount());
    double cb = share(pair.getSharedWordsB(), b.getWordCount());
    double gap = cb - ca;
    if (Math.abs(gap) < 0.02) {
      return Optional.empty();
    }
    DocumentClues copier = gap > 0 ? b : a;
    DocumentClues original = gap > 0 ? a : b;
    double weight = Math.max(-1, Math.min(1, gap / CONTAINMENT_GAP)) * CONTAINMENT;
    return Optional.of(
        new Evidence(
            weight,
            String.format(
                Locale.ROOT,
                "%.0f%% of %s is shared text, against %.0f%% of %s: the copy is the text made of the other",
                100 * Math.max(ca, cb),
                copier.id(),
                100 * Math.min(ca, cb),
                original.id())));
  }

  /**
   * One text holds nearly all of the other plus more, and none of the other documents that share
   * its text (leaving out its own sources) has that more: the more is its own addition, so the
   * smaller text is the original. Had the larger text been the original, some of its other copies
   * would have taken some of it.
   */
  private static Optional<Evidence> addedText(DocumentClues a, DocumentClues b, PairScore pair) {
    double ca = share(pair.getSharedWordsA(), a.getWordCount());
    double cb = share(pair.getSharedWordsB(), b.getWordCount());
    boolean aInsideB = ca >= NEARLY_WHOLE && cb < NEARLY_WHOLE;
    boolean bInsideA = cb >= NEARLY_WHOLE && ca < NEARLY_WHOLE;
    if (!aInsideB && !bInsideA) {
      return Optional.empty();
    }
    int partners = aInsideB ? pair.getOtherPartnersB() : pair.getOtherPartnersA();
    int outside = aInsideB ? pair.getOutsideSharedB() : pair.getOutsideSharedA();
    if (partners < MIN_OTHER_PARTNERS || outside < 0 || outside >= NO_OUTSIDE_WORDS) {
      return Optional.empty();
    }
    DocumentClues smaller = aInsideB ? a : b;
    DocumentClues larger = aInsideB ? b : a;
    return Optional.of(
        new Evidence(
            aInsideB ? ADDED_TEXT : -ADDED_TEXT,
            String.format(
                "%s holds nearly all of %s, plus text that none of the %d other documents sharing"
                    + " its text has: its own addition",
                larger.id(), smaller.id(), partners)));
  }

  /**
   * Copies of one source cluster around it: the document with many copying partners is upstream.
   */
  private static Optional<Evidence> hub(
      DocumentClues a, DocumentClues b, long partnersA, long partnersB) {
    long most = Math.max(partnersA, partnersB);
    long least = Math.min(partnersA, partnersB);
    if (most < MIN_HUB_PARTNERS || most < 2 * least) {
      return Optional.empty();
    }
    boolean aIsHub = partnersA > partnersB;
    DocumentClues hub = aIsHub ? a : b;
    DocumentClues other = aIsHub ? b : a;
    return Optional.of(
        new Evidence(
            aIsHub ? HUB : -HUB,
            String.format(
                "%s shares text with %d documents, %s with %d: copies cluster around their source",
                hub.id(), most, other.id(), least)));
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
        .setScore(share(shared, target.getWordCount()))
        .setPassages(passages)
        .setTargetCoverage(aIsSource ? pair.getCoverageB() : pair.getCoverageA());
  }

  static Confidence confidence(double weight) {
    if (weight >= HIGH_CONFIDENCE) {
      return Confidence.HIGH;
    }
    return weight >= MEDIUM_CONFIDENCE ? Confidence.MEDIUM : Confidence.LOW;
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : Math.min(1.0, (double) part / whole);
  }

  private static String humanDuration(Duration d) {
    if (d.toDays() >= 1) {
      return d.toDays() + " d";
    }
    if (d.toHours() >= 1) {
      return d.toHours() + " h";
    }
    return Math.max(1, d.toMinutes()) + " min";
  }
}
