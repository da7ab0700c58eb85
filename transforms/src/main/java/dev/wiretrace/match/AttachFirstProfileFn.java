package dev.wiretrace.match;

import dev.wiretrace.model.DocumentProfile;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

/** For document {@code a} and its partners {@code b}, re-keys a's profile by each partner. */
class AttachFirstProfileFn extends DoFn<KV<String, CoGbkResult>, KV<String, DocumentProfile>> {
  private final TupleTag<String> partners;
  private final TupleTag<DocumentProfile> profiles;

  AttachFirstProfileFn(TupleTag<String> partners, TupleTag<DocumentProfile> profiles) {
    this.partners = partners;
    this.profiles = profiles;
  }

  @ProcessElement
  public void process(ProcessContext context) {
    CoGbkResult joined = context.element().getValue();
    DocumentProfile profile = joined.getOnly(profiles, null);
    if (profile == null) {
      return;
    }
    for (String partner : joined.getAll(partners)) {
      context.output(KV.of(partner, profile));
    }
  }
}
