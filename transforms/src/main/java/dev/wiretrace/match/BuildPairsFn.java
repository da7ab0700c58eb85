package dev.wiretrace.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;

/**
 * Turns the postings of one bucket of hashes into document pairs, hash by hash. A hash found in
 * more than {@code maxDocumentFrequency} documents is a site template or a stock phrase, not
 * evidence of copying, and pairing its documents would cost the square of their number: it is
 * dropped and counted.
 *
 * <p>A copied article shares hundreds of hashes with its source, so one hit per pair per hash
 * would be most of the records a run shuffles. Hits are summed per pair within a bundle, up to a
 * bound on memory, and the sums go out when the bundle ends; the sum downstream adds up the rest.
 * The pipeline is batch, in the global window, which is where those sums are emitted.
 */
class BuildPairsFn
    extends DoFn<KV<Integer, Iterable<PostingBlock>>, KV<KV<String, String>, Long>> {
  private final Counter dropped = Metrics.counter(BuildPairsFn.class, "hashesDroppedByMaxDf");
  private final Counter droppedPostings =
      Metrics.counter(BuildPairsFn.class, "postingsDroppedByMaxDf");
  private final Counter shared = Metrics.counter(BuildPairsFn.class, "sharedHashes");

  /** Pairs summed in memory before they are sent on; some tens of MB at most. */
  static final int MAX_PENDING_PAIRS = 200_000;

  private final int maxDocumentFrequency;
  private transient Map<Pair, Long> pending;

  /** A map key cheaper to hash and compare than a {@code KV}, which hashes through an array. */
  private record Pair(String first, String second) {}

  BuildPairsFn(int maxDocumentFrequency) {
    this.maxDocumentFrequency = maxDocumentFrequency;
  }

  @StartBundle
  public void startBundle() {
    pending = new HashMap<>();
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    sendPending(hit -> context.output(hit, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
  }

  private void sendPending(Consumer<KV<KV<String, String>, Long>> out) {
    pending.forEach((pair, hits) -> out.accept(KV.of(KV.of(pair.first(), pair.second()), hits)));
    pending.clear();
  }

  @ProcessElement
  public void process(ProcessContext context) {
    Map<Long, List<String>> byHash = new TreeMap<>();
    Set<Long> tonights = new HashSet<>();
    for (PostingBlock block : context.element().getValue()) {
      for (int i = 0; i < block.size(); i++) {
        byHash.computeIfAbsent(block.hash(i), h -> new ArrayList<>()).add(block.document(i));
        if (block.isTonight(i)) {
          tonights.add(block.hash(i));
        }
      }
    }
    for (Map.Entry<Long, List<String>> postings : byHash.entrySet()) {
      // A hash only earlier documents hold was paired on an earlier night.
      if (tonights.contains(postings.getKey())) {
        pair(postings.getKey(), postings.getValue(), context);
      }
    }
  }

  private void pair(long hash, List<String> documents, ProcessContext context) {
    if (documents.size() < 2) {
      return;
    }
    if (documents.size() > maxDocumentFrequency) {
      dropped.inc();
      droppedPostings.inc(documents.size());
      context.output(JoinDocuments.COMMON_HASHES, hash);
      return;
    }
    shared.inc();
    documents.sort(null);
    for (int i = 0; i < documents.size(); i++) {
      for (int j = i + 1; j < documents.size(); j++) {
        if (!documents.get(i).equals(documents.get(j))) {
          pending.merge(new Pair(documents.get(i), documents.get(j)), 1L, Long::sum);
        }
      }
    }
    if (pending.size() >= MAX_PENDING_PAIRS) {
      sendPending(context::output);
    }
  }
}
