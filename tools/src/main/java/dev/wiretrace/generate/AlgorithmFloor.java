package dev.wiretrace.generate;

import dev.wiretrace.direction.CreditEdges;
import dev.wiretrace.direction.DirectionRules;
import dev.wiretrace.direction.KeyByPair;
import dev.wiretrace.direction.OutsideShared;
import dev.wiretrace.direction.ParentSelector;
import dev.wiretrace.direction.SiblingExplainer;
import dev.wiretrace.direction.SideView;
import dev.wiretrace.graph.CitationGraph;
import dev.wiretrace.graph.EdgesCsv;
import dev.wiretrace.hash.HashedText;
import dev.wiretrace.match.CopyThreshold;
import dev.wiretrace.match.JoinDocuments;
import dev.wiretrace.match.PairCounts;
import dev.wiretrace.match.PairScorer;
import dev.wiretrace.match.PostingsByHash;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.GraphNode;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.PairScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The benchmark's floor for the whole algorithm: every stage of a run, pairing, scoring and
 * direction included, on one thread in plain Java, with no Beam and no shuffles. A runner's wall
 * time against this floor times the cores measures what the runner itself costs.
 *
 * <p>It calls the same classes a run calls, with the default settings, on a folder without index or
 * rejects; with {@code --output} it writes the {@code edges.csv} a run would, so that {@code cmp}
 * shows it did the same work. The corpus is read into memory before the clock starts.
 *
 * <pre>
 * java -cp pipeline/target/wiretrace.jar:tools/target/wiretrace-tools.jar \
 *     dev.wiretrace.generate.AlgorithmFloor corpus-10k [--output=floor-out]
 * </pre>
 */
public final class AlgorithmFloor {
  private AlgorithmFloor() {}

  /** Phases after the per-article stages, in order. */
  private static final List<String> PHASES =
      List.of("join", "score pairs", "explain siblings", "orient pairs", "select parents", "graph");

  public static void main(String[] args) throws IOException {
    if (args.length < 1
        || args.length > 2
        || (args.length == 2 && !args[1].startsWith("--output="))) {
      System.err.println(
          "usage: AlgorithmFloor <folder of .txt files, with manifest.csv> [--output=DIR]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    List<Path> files = TextFiles.in(folder);
    List<byte[]> contents = new ArrayList<>();
    for (Path file : files) {
      contents.add(Files.readAllBytes(file));
    }
    List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();

    long start = System.nanoTime();
    long[] stageNanos = new long[StageCosts.STAGES.size()];
    List<HashedDocument> documents =
        StageCosts.onePass(
            names,
            contents,
            StageCosts.manifestMetas(StageCosts.manifestOf(folder), null),
            stageNanos);
    long[] phaseNanos = new long[PHASES.size()];
    long t = System.nanoTime();

    Set<Long> common = new HashSet<>();
    List<int[]> candidates = candidatePairs(documents, common);
    t = lap(phaseNanos, 0, t);

    List<PairScore> copies = scoreCandidates(documents, candidates, common);
    t = lap(phaseNanos, 1, t);

    List<PairScore> unexplained = withoutSiblings(copies);
    t = lap(phaseNanos, 2, t);

    Map<String, Long> partners = new HashMap<>();
    for (PairScore pair : unexplained) {
      partners.merge(pair.getA().id(), 1L, Long::sum);
      partners.merge(pair.getB().id(), 1L, Long::sum);
    }
    List<CopyEdge> candidateEdges = new ArrayList<>();
    for (PairScore pair : unexplained) {
      candidateEdges.addAll(
          DirectionRules.decide(
              pair,
              partners.getOrDefault(pair.getA().id(), 0L),
              partners.getOrDefault(pair.getB().id(), 0L)));
    }
    List<DocumentProfile> profiles = documents.stream().map(HashedDocument::getProfile).toList();
    for (DocumentProfile profile : profiles) {
      candidateEdges.addAll(CreditEdges.of(profile.getClues()));
    }
    t = lap(phaseNanos, 3, t);

    List<CopyEdge> edges = selectParents(candidateEdges);
    t = lap(phaseNanos, 4, t);

    CitationGraph graph =
        CitationGraph.build(profiles.stream().map(GraphNode::document).toList(), edges);
    String edgesCsv = EdgesCsv.render(graph);
    lap(phaseNanos, 5, t);
    long total = System.nanoTime() - start;

    for (int s = 0; s < StageCosts.STAGES.size(); s++) {
      print(StageCosts.STAGES.get(s), stageNanos[s], files.size());
    }
    for (int p = 0; p < PHASES.size(); p++) {
      print(PHASES.get(p), phaseNanos[p], files.size());
    }
    print("all", total, files.size());
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d candidate pairs, %d copies, %d document edges: %.0f articles/s on one thread%n",
        files.size(),
        candidates.size(),
        copies.size(),
        graph.documentEdges().size(),
        files.size() / (total / 1e9));
    if (args.length == 2) {
      Path output = Path.of(args[1].substring("--output=".length()));
      Files.createDirectories(output);
      Files.writeString(output.resolve("edges.csv"), edgesCsv, StandardCharsets.UTF_8);
    }
  }

  /**
   * Pairs of document numbers, in id order, sharing at least {@link
   * JoinDocuments#MIN_SHARED_HASHES} hashes that are in at most {@link
   * JoinDocuments#DEFAULT_MAX_DOCUMENT_FREQUENCY} documents; the hashes above that go to {@code
   * common}.
   */
  private static List<int[]> candidatePairs(List<HashedDocument> documents, Set<Long> common) {
    Map<String, Integer> numberOf = new HashMap<>();
    PostingsByHash postings = new PostingsByHash();
    for (int d = 0; d < documents.size(); d++) {
      HashedDocument document = documents.get(d);
      numberOf.put(document.id(), d);
      for (long hash : document.getHashes()) {
        postings.add(hash, document.id(), true);
      }
    }
    PairCounts counts = new PairCounts();
    postings.forEachTonightsHash(
        (hash, ids, count) -> {
          if (count < 2) {
            return;
          }
          if (count > JoinDocuments.DEFAULT_MAX_DOCUMENT_FREQUENCY) {
            common.add(hash);
            return;
          }
          int[] numbers = new int[count];
          for (int i = 0; i < count; i++) {
            numbers[i] = numberOf.get(ids[i]);
          }
          counts.hitEachPair(numbers, count);
        });
    List<int[]> pairs = new ArrayList<>();
    counts.forEach(
        (a, b, hits) -> {
          if (hits >= JoinDocuments.MIN_SHARED_HASHES) {
            boolean inOrder = documents.get(a).id().compareTo(documents.get(b).id()) <= 0;
            pairs.add(inOrder ? new int[] {a, b} : new int[] {b, a});
          }
        });
    return pairs;
  }

  /** The copying pairs, each scored as a run scores it: the first id's document as {@code a}. */
  private static List<PairScore> scoreCandidates(
      List<HashedDocument> documents, List<int[]> candidates, Set<Long> common) {
    CopyThreshold threshold = CopyThreshold.defaults();
    HashedText[] texts = new HashedText[documents.size()];
    List<PairScore> copies = new ArrayList<>();
    for (int[] pair : candidates) {
      DocumentProfile a = documents.get(pair[0]).getProfile();
      DocumentProfile b = documents.get(pair[1]).getProfile();
      HashedText ta = textOf(texts, pair[0], a);
      HashedText tb = textOf(texts, pair[1], b);
      PairScore score = PairScorer.score(a, ta, b, tb, common::contains);
      if (!threshold.isCopy(score)) {
        score = PairScorer.withParaphrase(score, ta, tb);
      }
      if (threshold.isCopy(score)) {
        copies.add(score);
      }
    }
    return copies;
  }

  private static HashedText textOf(HashedText[] texts, int number, DocumentProfile profile) {
    if (texts[number] == null) {
      texts[number] = HashedText.of(profile.getSentences());
    }
    return texts[number];
  }

  /**
   * The pairs no third document explains from both sides, each annotated with what its two sides
   * saw, as {@code ExplainSiblings} does (after {@code MeasureOutsideShared}).
   */
  private static List<PairScore> withoutSiblings(List<PairScore> unmeasured) {
    Map<String, List<Integer>> pairsOf = new TreeMap<>();
    for (int i = 0; i < unmeasured.size(); i++) {
      pairsOf.computeIfAbsent(unmeasured.get(i).getA().id(), d -> new ArrayList<>()).add(i);
      pairsOf.computeIfAbsent(unmeasured.get(i).getB().id(), d -> new ArrayList<>()).add(i);
    }
    List<PairScore> pairs = measureOutsideShared(unmeasured, pairsOf);
    SideView[] viewsA = new SideView[pairs.size()];
    SideView[] viewsB = new SideView[pairs.size()];
    pairsOf.forEach(
        (document, indices) -> {
          List<SideView> views =
              SiblingExplainer.views(document, indices.stream().map(pairs::get).toList());
          for (int k = 0; k < indices.size(); k++) {
            int i = indices.get(k);
            if (pairs.get(i).getA().id().equals(document)) {
              viewsA[i] = views.get(k);
            } else {
              viewsB[i] = views.get(k);
            }
          }
        });
    List<PairScore> kept = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (SiblingExplainer.explained(viewsA[i], viewsB[i])) {
        continue;
      }
      kept.add(SiblingExplainer.withSides(pairs.get(i), List.of(viewsA[i], viewsB[i])));
    }
    return kept;
  }

  /**
   * Each pair told how many of each side's other words that side's other partners share, the
   * figures routed to the pair's sides as {@code FindExplainersFn} routes them.
   */
  private static List<PairScore> measureOutsideShared(
      List<PairScore> pairs, Map<String, List<Integer>> pairsOf) {
    Map<String, List<OutsideShared>> figures = new HashMap<>();
    pairsOf.forEach(
        (document, indices) -> {
          List<Integer> outside =
              SiblingExplainer.outsideShared(document, indices.stream().map(pairs::get).toList());
          for (int k = 0; k < indices.size(); k++) {
            String key = KeyByPair.of(pairs.get(indices.get(k)));
            figures
                .computeIfAbsent(key, p -> new ArrayList<>())
                .add(OutsideShared.create(key, document, outside.get(k)));
          }
        });
    return pairs.stream()
        .map(pair -> OutsideShared.annotate(pair, figures.get(KeyByPair.of(pair))))
        .toList();
  }

  /** Each target's parents, told the candidate sources of its own candidates. */
  private static List<CopyEdge> selectParents(List<CopyEdge> candidates) {
    Map<String, List<CopyEdge>> byTarget = new TreeMap<>();
    Map<String, List<String>> sourcesOfDocument = new HashMap<>();
    for (CopyEdge edge : candidates) {
      byTarget.computeIfAbsent(edge.getTarget(), d -> new ArrayList<>()).add(edge);
      sourcesOfDocument
          .computeIfAbsent(edge.getTarget(), d -> new ArrayList<>())
          .add(edge.getSource());
    }
    sourcesOfDocument.values().forEach(sources -> sources.sort(null));
    List<CopyEdge> edges = new ArrayList<>();
    byTarget.forEach(
        (target, ofTarget) -> {
          Map<String, List<String>> sourcesOf = new HashMap<>();
          for (CopyEdge edge : ofTarget) {
            List<String> sources = sourcesOfDocument.get(edge.getSource());
            if (sources != null) {
              sourcesOf.put(edge.getSource(), sources);
            }
          }
          edges.addAll(ParentSelector.select(ofTarget, sourcesOf));
        });
    return edges;
  }

  private static long lap(long[] nanos, int phase, long since) {
    long now = System.nanoTime();
    nanos[phase] += now - since;
    return now;
  }

  private static void print(String phase, long nanos, int articles) {
    System.out.printf(
        Locale.ROOT,
        "%-17s %7.2f s  %6.3f ms/article%n",
        phase,
        nanos / 1e9,
        nanos / 1e6 / articles);
  }
}
