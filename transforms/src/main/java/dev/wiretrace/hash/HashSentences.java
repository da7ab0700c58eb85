package dev.wiretrace.hash;

import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.Reject;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Hashes every document's sentences (exactly) and word 5-grams (fuzzily), and fingerprints its
 * whole body.
 */
public class HashSentences extends PTransform<PCollection<DocumentProfile>, PCollectionTuple> {
  public static final TupleTag<HashedDocument> HASHED = new TupleTag<HashedDocument>() {};

  /** Documents hashing could not handle ({@code internal-error}); the others go on. */
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  public static HashSentences create() {
    return new HashSentences();
  }

  @Override
  public PCollectionTuple expand(PCollection<DocumentProfile> profiles) {
    PCollectionTuple hashed =
        profiles.apply(
            "HashDocuments",
            ParDo.of(new HashSentencesFn()).withOutputTags(HASHED, TupleTagList.of(REJECTS)));
    hashed.get(HASHED).setCoder(ModelCoders.of(profiles.getPipeline(), HashedDocument.class));
    hashed.get(REJECTS).setCoder(ModelCoders.of(profiles.getPipeline(), Reject.class));
    return hashed;
  }
}
