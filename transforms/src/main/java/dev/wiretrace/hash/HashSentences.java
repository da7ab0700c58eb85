package dev.wiretrace.hash;

import dev.wiretrace.model.DocumentProfile;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Hashes every document's sentences (exactly) and word 5-grams (fuzzily) into postings: one
 * (hash, document id) pair per distinct hash per document.
 */
public class HashSentences
    extends PTransform<PCollection<DocumentProfile>, PCollection<KV<Long, String>>> {

  public static HashSentences create() {
    return new HashSentences();
  }

  @Override
  public PCollection<KV<Long, String>> expand(PCollection<DocumentProfile> profiles) {
    return profiles
        .apply("EmitPostings", ParDo.of(new HashSentencesFn()))
        .setCoder(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of()));
  }
}
