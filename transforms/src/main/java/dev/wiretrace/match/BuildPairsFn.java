package dev.wiretrace.match;

import dev.wiretrace.metrics.Counters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>A copied article shares hundreds of hashes with its source, so one hit per pair per hash would
 * be most of the records a run shuffles. Hits are summed per pair within a bundle, up to a bound on
 * memory checked after each bucket, and the sums go out when the bundle ends; the sum downstream
 * adds up the rest. The pipeline is batch, in the global window, which is where those sums are
 * emitted.
 */
class BuildPairsFn extends DoFn<KV<Integer, Iterable<PostingBlock>>, KV<DocumentPair, Long>> {
  private final Counter dropped =
      Metrics.counter(BuildPairsFn.class, Counters.HASHES_DROPPED_BY_MAX_DF);
  private final Counter droppedPostings =
      Metrics.counter(BuildPairsFn.class, Counters.POSTINGS_DROPPED_BY_MAX_DF);
  private final Counter shared = Metrics.counter(BuildPairsFn.class, Counters.SHARED_HASHES);

  /** Pairs summed in memory before they are sent on; some MB at most. */
  static final int MAX_PENDING_PAIRS = 200_000;

  private final int maxDocumentFrequency;

  // Per bundle: documents are numbered so that the pairs can be counted in primitive arrays.
  private transient Map<String, Integer> documentNumbers;
  private transient List<String> documentIds;
  private transient PairCounts pending;

  BuildPairsFn(int maxDocumentFrequency) {
    this.maxDocumentFrequency = maxDocumentFrequency;
  }

  @StartBundle
  public void startBundle() {
    documentNumbers = new HashMap<>();
    documentIds = new ArrayList<>();
    pending = new PairCounts();
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    sendPending(
        hit -> context.output(hit, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
  }

  private void sendPending(Consumer<KV<DocumentPair, Long>> out) {
    pending.forEach(
        (a, b, hits) -> {
          out.accept(KV.of(DocumentPair.of(documentIds.get(a), documentIds.get(b)), hits));
        });
    pending.clear();
    documentNumbers.clear();
    documentIds.clear();
  }

  @ProcessElement
  public void process(ProcessContext context) {
    PostingsByHash byHash = new PostingsByHash();
    for (PostingBlock block : context.element().getValue()) {
      for (int i = 0; i < block.size(); i++) {
        byHash.add(block.hash(i), block.document(i), block.isTonight(i));
      }
    }
    byHash.forEachTonightsHash((hash, documents, count) -> pair(hash, documents, count, context));
    if (pending.size() >= MAX_PENDING_PAIRS) {
      sendPending(context::output);
    }
  }

  private int number(String document) {
    Integer known = documentNumbers.putIfAbsent(document, documentIds.size());
    if (known != null) {
      return known;
    }
    documentIds.add(document);
    return documentIds.size() - 1;
  }

  /** Most hashes are in one document; only those in several are worth numbering. */
  private void pair(long hash, String[] documents, int count, ProcessContext context) {
    if (count < 2) {
      return;
    }
    if (count > maxDocumentFrequency) {
      dropped.inc();
      droppedPostings.inc(count);
      context.output(JoinDocuments.COMMON_HASHES, hash);
      return;
    }
    shared.inc();
    int[] numbers = new int[count];
    for (int i = 0; i < count; i++) {
      numbers[i] = number(documents[i]);
    }
    pending.hitEachPair(numbers, count);
  }
}
