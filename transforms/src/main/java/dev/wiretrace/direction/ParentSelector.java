package dev.wiretrace.direction;

import dev.wiretrace.model.Confidence;
import dev.wiretrace.model.CopyEdge;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Chooses each document's parents among its candidate sources, so that chains come out as chains.
 *
 * <p>The primary parent is the source the document names (by credit or attribution), unless the
 * document's text is another candidate's version of the named source ({@link
 * #versionCopiedInstead}); failing a name, the one whose text it shares most: a copier of a rewrite
 * shares the rewrite's own wording, which the original does not have, so the rewrite beats the
 * original; unless that closest text is a copy of another candidate whose text the document carries
 * as well, all of it ({@link #upstreamExplainingAsWell}) or words the copy lacks ({@link
 * #upstreamReadDirectly}). Another source stays as a secondary parent only if it explains words the
 * primary does not, or the document names it.
 */
public final class ParentSelector {
  /** Words a secondary parent must explain beyond the primary: about one sentence's worth. */
  public static final int MIN_RESIDUAL_WORDS = 12;

  private ParentSelector() {}

  /** The parents of one target, primary first, from all candidate edges into it. */
  public static List<CopyEdge> select(List<CopyEdge> candidates) {
    return select(candidates, Map.of());
  }

  /**
   * The parents of one target, primary first, from all candidate edges into it, knowing the
   * candidate sources of some of its candidates ({@code sourcesOf}, by candidate id).
   */
  public static List<CopyEdge> select(
      List<CopyEdge> candidates, Map<String, ? extends Collection<String>> sourcesOf) {
    List<CopyEdge> merged = foldWireIntoAgencyCopy(mergeBySource(candidates));
    if (merged.isEmpty()) {
      return List.of();
    }
    merged.sort(PRIMARY_ORDER);
    CopyEdge primary = merged.get(0);
    List<CopyEdge> others = new ArrayList<>(merged.subList(1, merged.size()));
    CopyEdge upstream = upstreamExplainingAsWell(primary, others, sourcesOf);
    if (upstream != null) {
      others.remove(upstream);
      others.add(0, primary);
      primary = explainsAsWell(upstream, primary);
    }
    CopyEdge readDirectly = upstreamReadDirectly(primary, others, sourcesOf);
    if (readDirectly != null) {
      others.remove(readDirectly);
      others.add(0, primary);
      primary = drawnOnDirectly(readDirectly, primary);
    }
    CopyEdge copiedVersion = versionCopiedInstead(primary, others);
    if (copiedVersion != null) {
      others.remove(copiedVersion);
      others.add(0, originOnly(primary, copiedVersion));
      primary = carriesEdits(copiedVersion, primary);
    }
    List<CopyEdge> parents = new ArrayList<>();
    parents.add(primary.toBuilder().setPrimary(true).build());
    BitSet explained = coverage(primary.getTargetCoverage());
    for (CopyEdge other : others) {
      BitSet residual = coverage(other.getTargetCoverage());
      residual.andNot(explained);
      // a paraphrase's content words are weaker evidence than verbatim text: it explains what the
      // primary does not only when named
      boolean explainsMore = !other.getParaphrase() && residual.cardinality() >= MIN_RESIDUAL_WORDS;
      if (other.getNamedByTarget() || explainsMore) {
        parents.add(other.toBuilder().setPrimary(false).build());
      }
    }
    return parents;
  }

  /**
   * A credit or attribution names where a story came from, not always whom the target copied. When
   * the named source is a document and another candidate holds all the target shares with it plus a
   * sentence's worth of words the named source lacks (that candidate's own edits, which the target
   * carries), the target copied that candidate's version: it is the parent, and the named source
   * the origin. Returns that candidate, the one with the most such words, or null.
   */
  static CopyEdge versionCopiedInstead(CopyEdge named, List<CopyEdge> others) {
    if (!named.getNamedByTarget() || CopyEdge.isWireNode(named.getSource())) {
      return null;
    }
    BitSet namedWords = coverage(named.getTargetCoverage());
    if (namedWords.isEmpty()) {
      return null;
    }
    CopyEdge best = null;
    int bestEdits = 0;
    for (CopyEdge other : others) {
      if (other.getNamedByTarget() || CopyEdge.isWireNode(other.getSource())) {
        continue;
      }
      BitSet otherWords = coverage(other.getTargetCoverage());
      BitSet onlyNamed = (BitSet) namedWords.clone();
      onlyNamed.andNot(otherWords);
      BitSet onlyOther = (BitSet) otherWords.clone();
      onlyOther.andNot(namedWords);
      int edits = onlyOther.cardinality();
      if (onlyNamed.cardinality() < MIN_RESIDUAL_WORDS
          && edits >= MIN_RESIDUAL_WORDS
          && edits > bestEdits) {
        best = other;
        bestEdits = edits;
      }
    }
    return best;
  }

  /**
   * When the closest text is itself a copy of another candidate, and that candidate explains all
   * but a few words of what the target shares with the copy (the target carries none of the copy's
   * own edits), the target's text is the upstream document's as much as the copy's: the upstream
   * one is the parent. Followed up the chain, among the candidates; a source the target names
   * stays. Returns the furthest such candidate, or null.
   */
  static CopyEdge upstreamExplainingAsWell(
      CopyEdge primary,
      List<CopyEdge> others,
      Map<String, ? extends Collection<String>> sourcesOf) {
    if (primary.getNamedByTarget()) {
      return null;
    }
    CopyEdge current = primary;
    CopyEdge found = null;
    Set<String> seen = new HashSet<>(List.of(primary.getSource()));
    while (true) {
      Collection<String> upstream =
          sourcesOf.containsKey(current.getSource())
              ? sourcesOf.get(current.getSource())
              : List.of();
      BitSet currentWords = coverage(current.getTargetCoverage());
      CopyEdge next = null;
      for (CopyEdge other : others) {
        if (!upstream.contains(other.getSource())
            || seen.contains(other.getSource())
            || other.getParaphrase() && !current.getParaphrase()) {
          continue;
        }
        BitSet beyond = (BitSet) currentWords.clone();
        beyond.andNot(coverage(other.getTargetCoverage()));
        if (beyond.cardinality() < MIN_RESIDUAL_WORDS
            && (next == null || other.getSharedWords() > next.getSharedWords())) {
          next = other;
        }
      }
      if (next == null) {
        return found;
      }
      seen.add(next.getSource());
      found = next;
      current = next;
    }
  }

  /**
   * When the closest text is itself a copy of another candidate, and the target carries a
   * sentence's worth (12 words) of that upstream document's wording which the copy does not have,
   * the target did not take the upstream text through the copy alone: it drew on the upstream
   * document itself, which is the parent; the copy stays a secondary parent for the words only it
   * explains. A copy of a copy carries nothing of the upstream text beyond the copy's (the news
   * chains' {@code n05_digest} and {@code n13_valley}); a source the target names is never passed
   * over this way. Returns the upstream candidate with the most such words, or null.
   */
  static CopyEdge upstreamReadDirectly(
      CopyEdge primary,
      List<CopyEdge> others,
      Map<String, ? extends Collection<String>> sourcesOf) {
    Collection<String> upstream = sourcesOf.get(primary.getSource());
    if (primary.getNamedByTarget() || upstream == null) {
      return null;
    }
    CopyEdge best = null;
    int bestWords = MIN_RESIDUAL_WORDS - 1;
    for (CopyEdge other : others) {
      if (!upstream.contains(other.getSource())
          || CopyEdge.isWireNode(other.getSource())
          || other.getParaphrase() && !primary.getParaphrase()) {
        continue;
      }
      int onlyUpstream = wordsOnlyIn(other, primary);
      if (onlyUpstream > bestWords) {
        best = other;
        bestWords = onlyUpstream;
      }
    }
    return best;
  }

  private static CopyEdge drawnOnDirectly(CopyEdge upstream, CopyEdge copy) {
    return withReason(
        upstream,
        "%s, which shares more words with the target, is itself a copy of %s, but the target"
            + " carries %d words of %s that %s does not have: it drew on %s itself",
        copy.getSource(),
        upstream.getSource(),
        wordsOnlyIn(upstream, copy),
        upstream.getSource(),
        copy.getSource(),
        upstream.getSource());
  }

  private static CopyEdge explainsAsWell(CopyEdge upstream, CopyEdge copy) {
    return withReason(
        upstream,
        "%s, which shares more words with the target, is itself a copy of %s, and the target"
            + " carries none of its own wording: the text is %s's",
        copy.getSource(),
        upstream.getSource(),
        upstream.getSource());
  }

  private static CopyEdge carriesEdits(CopyEdge version, CopyEdge origin) {
    return withReason(
        version,
        "the target carries this version's own wording: %d shared words that %s, which the"
            + " target names, does not have, and nothing of %s beyond this version",
        wordsOnlyIn(version, origin),
        origin.getSource(),
        origin.getSource());
  }

  private static CopyEdge originOnly(CopyEdge origin, CopyEdge version) {
    return withReason(
        origin,
        "named by the target as the origin; the target's text is %s's version of it",
        version.getSource());
  }

  private static CopyEdge withReason(CopyEdge edge, String format, Object... args) {
    List<String> reasons = new ArrayList<>(edge.getReasons());
    reasons.add(String.format(java.util.Locale.ROOT, format, args));
    return edge.toBuilder().setReasons(reasons).build();
  }

  /** Words of the target that {@code edge} explains and {@code other} does not. */
  private static int wordsOnlyIn(CopyEdge edge, CopyEdge other) {
    BitSet words = coverage(edge.getTargetCoverage());
    words.andNot(coverage(other.getTargetCoverage()));
    return words.cardinality();
  }

  /**
   * Named sources first, then verbatim copies before paraphrases (two rewrites of one source share
   * its content words too), then most shared words, then higher confidence, then id.
   */
  static final Comparator<CopyEdge> PRIMARY_ORDER =
      Comparator.comparing((CopyEdge e) -> !e.getNamedByTarget())
          .thenComparing(CopyEdge::getParaphrase)
          .thenComparing(Comparator.comparingInt(CopyEdge::getSharedWords).reversed())
          .thenComparing(e -> -e.getConfidence().ordinal())
          .thenComparing(CopyEdge::getSource);

  /** One candidate per source, keeping the strongest evidence of each kind. */
  static List<CopyEdge> mergeBySource(List<CopyEdge> candidates) {
    Map<String, List<CopyEdge>> bySource = new TreeMap<>();
    for (CopyEdge edge : candidates) {
      bySource.computeIfAbsent(edge.getSource(), s -> new ArrayList<>()).add(edge);
    }
    List<CopyEdge> merged = new ArrayList<>();
    for (List<CopyEdge> group : bySource.values()) {
      merged.add(merge(group));
    }
    return merged;
  }

  private static CopyEdge merge(List<CopyEdge> group) {
    group.sort(
        Comparator.comparingInt(CopyEdge::getSharedWords)
            .reversed()
            .thenComparing(e -> String.join(",", e.getVia())));
    CopyEdge best = group.get(0);
    LinkedHashSet<String> reasons = new LinkedHashSet<>();
    TreeSet<String> via = new TreeSet<>();
    BitSet covered = new BitSet();
    boolean named = false;
    boolean paraphrase = true;
    Confidence confidence = Confidence.LOW;
    String agency = null;
    for (CopyEdge edge : group) {
      reasons.addAll(edge.getReasons());
      via.addAll(edge.getVia());
      covered.or(coverage(edge.getTargetCoverage()));
      named |= edge.getNamedByTarget();
      paraphrase &= edge.getParaphrase();
      if (edge.getConfidence().isAbove(confidence)) {
        confidence = edge.getConfidence();
      }
      agency = agency != null ? agency : edge.getSourceAgency();
    }
    return best.toBuilder()
        .setReasons(List.copyOf(reasons))
        .setVia(List.copyOf(via))
        .setTargetCoverage(ranges(covered))
        .setNamedByTarget(named)
        .setParaphrase(paraphrase)
        .setConfidence(confidence)
        .setSourceAgency(agency)
        .build();
  }

  /**
   * When the corpus holds an agency's own copy, a reprint's "wire:AGENCY" candidate is that copy:
   * the wire node's evidence joins the document's edge.
   */
  static List<CopyEdge> foldWireIntoAgencyCopy(List<CopyEdge> merged) {
    Map<String, String> agencyDocuments = new TreeMap<>();
    for (CopyEdge edge : merged) {
      if (!CopyEdge.isWireNode(edge.getSource()) && edge.getSourceAgency() != null) {
        agencyDocuments.putIfAbsent(edge.getSourceAgency(), edge.getSource());
      }
    }
    if (agencyDocuments.isEmpty()) {
      return merged;
    }
    List<CopyEdge> relabelled = new ArrayList<>();
    for (CopyEdge edge : merged) {
      String agency = edge.getSourceAgency();
      String document = agency == null ? null : agencyDocuments.get(agency);
      boolean fold = CopyEdge.isWireNode(edge.getSource()) && document != null;
      relabelled.add(fold ? edge.toBuilder().setSource(document).build() : edge);
    }
    return mergeBySource(relabelled);
  }

  static BitSet coverage(List<Integer> ranges) {
    BitSet bits = new BitSet();
    for (int i = 0; i + 1 < ranges.size(); i += 2) {
      bits.set(ranges.get(i), ranges.get(i + 1));
    }
    return bits;
  }

  static List<Integer> ranges(BitSet bits) {
    List<Integer> ranges = new ArrayList<>();
    int start = bits.nextSetBit(0);
    while (start >= 0) {
      int end = bits.nextClearBit(start);
      ranges.add(start);
      ranges.add(end);
      start = bits.nextSetBit(end);
    }
    return ranges;
  }
}
