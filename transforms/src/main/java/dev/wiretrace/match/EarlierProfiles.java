package dev.wiretrace.match;

import dev.wiretrace.model.DocumentProfile;
import org.apache.beam.sdk.values.PCollection;

/**
 * Where the join reads the profiles of the earlier documents it pairs tonight's with: the index
 * keeps them apart from the postings, so a night reads only those.
 */
public interface EarlierProfiles {
  /** The collection the profiles are found through: an input of the join. */
  PCollection<?> source();

  /** The profiles of the documents with these ids (each id once). */
  PCollection<DocumentProfile> read(PCollection<String> ids);
}
