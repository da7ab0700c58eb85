package dev.wiretrace.hash;

import dev.wiretrace.model.DocumentProfile;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** Emits one posting (hash, document id) per distinct hash of a document. */
class HashSentencesFn extends DoFn<DocumentProfile, KV<Long, String>> {
  private final Counter postings = Metrics.counter(HashSentencesFn.class, "postings");

  @ProcessElement
  public void process(ProcessContext context) {
    DocumentProfile profile = context.element();
    long[] hashes = HashedText.of(profile.getSentences()).distinctHashes();
    for (long hash : hashes) {
      context.output(KV.of(hash, profile.id()));
    }
    postings.inc(hashes.length);
  }
}
