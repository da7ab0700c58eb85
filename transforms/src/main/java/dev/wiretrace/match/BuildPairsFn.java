package dev.wiretrace.match;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Turns one hash's posting list into document pairs. A hash found in more than {@code
 * maxDocumentFrequency} documents is a site template or a stock phrase, not evidence of copying,
 * and pairing its documents would cost the square of their number: it is dropped and counted.
 */
class BuildPairsFn extends DoFn<KV<Long, Iterable<String>>, KV<KV<String, String>, Long>> {
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
    List<String> documents = new ArrayList<>();
    for (String document : context.element().getValue()) {
      documents.add(document);
      if (documents.size() > maxDocumentFrequency) {
        break;
      }
    }
    if (documents.size() < 2) {
      return;
    }
    if (documents.size() > maxDocumentFrequency) {
      dropped.inc();
      droppedPostings.inc(documents.size());
      context.output(JoinDocuments.COMMON_HASHES, context.element().getKey());
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
