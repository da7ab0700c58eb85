package dev.wiretrace.hash;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.Reject;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/** Attaches to each document its distinct hashes and its body fingerprint. */
class HashSentencesFn extends DoFn<DocumentProfile, HashedDocument> {
  private final Counter documents =
      Metrics.counter(HashSentencesFn.class, Counters.DOCUMENTS_HASHED);
  private final Counter failed = Metrics.counter(HashSentencesFn.class, Counters.DOCUMENTS_FAILED);
  private final Counter internalErrors =
      Metrics.counter(HashSentencesFn.class, Counters.INTERNAL_ERRORS);
  private final Counter postings = Metrics.counter(HashSentencesFn.class, Counters.POSTINGS);

  @ProcessElement
  public void process(ProcessContext context) {
    DocumentProfile profile = context.element();
    HashedDocument hashed;
    try {
      hashed = HashedText.hash(profile);
    } catch (RuntimeException | StackOverflowError e) {
      failed.inc();
      internalErrors.inc();
      context.output(
          HashSentences.REJECTS,
          Reject.internalError(profile.getClues().getMeta().inputName(), "HashSentences", e));
      return;
    }
    documents.inc();
    postings.inc(hashed.getHashes().size());
    context.output(hashed);
  }
}
