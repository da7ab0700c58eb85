package dev.wiretrace.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Turns the postings of one bucket of hashes into document pairs, hash by hash. A hash found in
 * more than {@code maxDocumentFrequency} documents is a site template or a stock phrase, not
 * evidence of copying, and pairing its documents would cost the square of their number: it is
 * dropped and counted.
 */
class BuildPairsFn
    extends DoFn<KV<Integer, Iterable<KV<Long, KV<String, Boolean>>>>, KV<KV<String, String>, Long>> {
  private final Counter dropped = Metrics.counter(BuildPairsFn.class, "hashesDroppedByMaxDf");
  private final Counter droppedPostings =
      Metrics.counter(BuildPairsFn.class, "postingsDroppedByMaxDf");
  private final Counter shared = Metrics.counter(BuildPairsFn.class, "sharedHashes");

  private final int maxDocumentFrequency;

  BuildPairsFn(int maxDocumentFrequency) {
    this.maxDocumentFrequency = maxDocumentFrequency;
  }

  @ProcessElement
  public void process(ProcessContext context) {
    Map<Long, List<String>> byHash = new TreeMap<>();
    Set<Long> tonights = new HashSet<>();
    for (KV<Long, KV<String, Boolean>> posting : context.element().getValue()) {
      byHash.computeIfAbsent(posting.getKey(), h -> new ArrayList<>()).add(posting.getValue().getKey());
      if (posting.getValue().getValue()) {
        tonights.add(posting.getKey());
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
          context.output(KV.of(KV.of(documents.get(i), documents.get(j)), 1L));
        }
      }
    }
  }
}
