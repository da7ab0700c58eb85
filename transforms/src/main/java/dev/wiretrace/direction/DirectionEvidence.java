package dev.wiretrace.direction;

import dev.wiretrace.model.Attribution;
import dev.wiretrace.model.Credit;
import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.OutletKey;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.PublishedSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a copying pair's clues say about its direction, item by item, each with its weight and the
 * reason a reader is shown: attributions, a wire agency's own copy, kept credits, timestamps or
 * nights, containment, copies clustering around their source, and text one side adds. {@link
 * DirectionRules} weighs the items and builds the edge.
 */
final class DirectionEvidence {
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
  static final double CARRIED_ELSEWHERE = 1.5;

  /** A gap this large between the two sides' carried shares gives that evidence its full weight. */
  static final double CARRIED_GAP = 0.3;

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

  private DirectionEvidence() {}

  /**
   * The evidence for {@code a} being upstream of {@code b} (positive weights) or downstream
   * (negative), with each item's reason.
   *
   * @param partnersA how many documents {@code a} shares copied text with, siblings removed
   * @param partnersB the same for {@code b}
   */
  static List<Evidence> of(
      DocumentClues a, DocumentClues b, PairScore pair, long partnersA, long partnersB) {
    List<Evidence> evidence = fromClues(a, b);
    // How much of each side's other text lives on elsewhere is the sharper reading of what
    // containment guesses at (an excerpt is mostly shared text, yet the original): it replaces it.
    carriedElsewhere(a, b, pair).or(() -> containment(a, b, pair)).ifPresent(evidence::add);
    hub(a, b, partnersA, partnersB).ifPresent(evidence::add);
    addedText(a, b, pair).ifPresent(evidence::add);
    return evidence;
  }

  /**
   * The evidence that does not come from comparing the two texts: what the documents say of
   * themselves (attributions, credits, an agency's own copy) and when they were published.
   */
  static List<Evidence> fromClues(DocumentClues a, DocumentClues b) {
    List<Evidence> evidence = new ArrayList<>();
    attribution(a, b).ifPresent(evidence::add);
    attribution(b, a).map(DirectionEvidence::flip).ifPresent(evidence::add);
    agencyCopy(a, b).ifPresent(evidence::add);
    agencyCopy(b, a).map(DirectionEvidence::flip).ifPresent(evidence::add);
    keptCredit(a, b).ifPresent(evidence::add);
    keptCredit(b, a).map(DirectionEvidence::flip).ifPresent(evidence::add);
    timestamps(a, b).or(() -> nights(a, b)).ifPresent(evidence::add);
    return evidence;
  }

  /**
   * Whether the documents' own clues, before any text evidence, put {@code b} upstream of {@code
   * a}.
   */
  static boolean cluesPutUpstream(DocumentClues b, DocumentClues a) {
    return fromClues(a, b).stream().mapToDouble(Evidence::weight).sum() < 0;
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
    Credit credit = DirectionRules.reprintCredit(source);
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
   * What each side has beyond the pair's shared text, and how much of it the documents' other
   * copying partners carry. The original's other words live on in its other copies, wherever this
   * copy cut or reworded them; a copy's own words (its rewording, its additions) reach only the
   * documents that copied the copy. So the side whose remainder other documents carry most is
   * upstream. What a side shares with its own sources says nothing of this, so partners that the
   * documents' clues put upstream of a side do not count as carrying its words ({@link
   * SiblingExplainer#outsideShared}). Needs a sentence's worth of remainder on each side and of
   * carried words on the upstream one.
   */
  private static Optional<Evidence> carriedElsewhere(
      DocumentClues a, DocumentClues b, PairScore pair) {
    int restA = a.getWordCount() - pair.getSharedWordsA();
    int restB = b.getWordCount() - pair.getSharedWordsB();
    int outsideA = pair.getOutsideSharedA();
    int outsideB = pair.getOutsideSharedB();
    if (outsideA < 0
        || outsideB < 0
        || restA < ParentSelector.MIN_RESIDUAL_WORDS
        || restB < ParentSelector.MIN_RESIDUAL_WORDS
        || Math.max(outsideA, outsideB) < ParentSelector.MIN_RESIDUAL_WORDS) {
      return Optional.empty();
    }
    double carriedA = share(outsideA, restA);
    double carriedB = share(outsideB, restB);
    double gap = carriedA - carriedB;
    if (Math.abs(gap) < 0.05) {
      return Optional.empty();
    }
    boolean aUpstream = gap > 0;
    DocumentClues upstream = aUpstream ? a : b;
    DocumentClues other = aUpstream ? b : a;
    double weight = Math.min(1, Math.abs(gap) / CARRIED_GAP) * CARRIED_ELSEWHERE;
    return Optional.of(
        new Evidence(
            aUpstream ? weight : -weight,
            String.format(
                Locale.ROOT,
                "other documents carry %.0f%% of the words of %s beyond the shared text, against"
                    + " %.0f%% of those of %s: an original's words live on in its other copies, a"
                    + " copy's own words do not",
                100 * Math.max(carriedA, carriedB),
                upstream.id(),
                100 * Math.min(carriedA, carriedB),
                other.id())));
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

  private static String humanDuration(Duration d) {
    if (d.toDays() >= 1) {
      return d.toDays() + " d";
    }
    if (d.toHours() >= 1) {
      return d.toHours() + " h";
    }
    return Math.max(1, d.toMinutes()) + " min";
  }

  /** {@code part} as a share of {@code whole}, at most 1. */
  static double share(int part, int whole) {
    return whole == 0 ? 0 : Math.min(1.0, (double) part / whole);
  }
}
