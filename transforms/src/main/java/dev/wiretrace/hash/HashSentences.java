package dev.wiretrace.hash;

import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.SchemaCoders;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Hashes every document's sentences (exactly) and word 5-grams (fuzzily), and fingerprints its
 * whole body.
 */
public class HashSentences extends PTransform<PCollection<DocumentProfile>, PCollection<HashedDocument>> {

  public static HashSentences create() {
    return new HashSentences();
  }

  @Override
  public PCollection<HashedDocument> expand(PCollection<DocumentProfile> profiles) {
    return profiles
        .apply("HashDocuments", ParDo.of(new HashSentencesFn()))
        .setCoder(SchemaCoders.of(profiles.getPipeline(), HashedDocument.class));
  }
}
