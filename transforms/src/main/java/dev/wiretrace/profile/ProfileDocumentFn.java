package dev.wiretrace.profile;

import dev.wiretrace.direction.AgencyCatalog;
import dev.wiretrace.direction.AttributionDetector;
import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.Reject;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;

/** Profiles one clean document; attributions are matched against the corpus's outlet names. */
class ProfileDocumentFn extends DoFn<CleanDocument, DocumentProfile> {
  private final Counter sentences = Metrics.counter(ProfileDocumentFn.class, Counters.SENTENCES);
  private final Counter credited =
      Metrics.counter(ProfileDocumentFn.class, Counters.DOCUMENTS_WITH_CREDITS);
  private final Counter failed =
      Metrics.counter(ProfileDocumentFn.class, Counters.DOCUMENTS_FAILED);
  private final Counter internalErrors =
      Metrics.counter(ProfileDocumentFn.class, Counters.INTERNAL_ERRORS);
  private final Counter attributing =
      Metrics.counter(ProfileDocumentFn.class, Counters.DOCUMENTS_WITH_ATTRIBUTIONS);

  private final DocumentProfiler profiler;
  private final AgencyCatalog catalog;
  private final PCollectionView<List<String>> outletNames;

  /** Compiling the name patterns is costly, so one detector serves every element it can. */
  private transient List<String> detectorNames;

  private transient AttributionDetector detector;

  ProfileDocumentFn(
      DocumentProfiler profiler, AgencyCatalog catalog, PCollectionView<List<String>> outletNames) {
    this.profiler = profiler;
    this.catalog = catalog;
    this.outletNames = outletNames;
  }

  @ProcessElement
  public void process(ProcessContext context) {
    List<String> names = context.sideInput(outletNames);
    if (detector == null || !names.equals(detectorNames)) {
      detector = AttributionDetector.forNames(names, catalog);
      detectorNames = names;
    }
    DocumentProfile profile;
    try {
      profile = profiler.profile(context.element(), detector);
    } catch (RuntimeException | StackOverflowError e) {
      failed.inc();
      internalErrors.inc();
      context.output(
          ProfileDocuments.REJECTS,
          Reject.internalError(context.element().getMeta().inputName(), "ProfileDocuments", e));
      return;
    }
    sentences.inc(profile.getSentences().size());
    if (!profile.getClues().getCredits().isEmpty()) {
      credited.inc();
    }
    if (!profile.getClues().getAttributions().isEmpty()) {
      attributing.inc();
    }
    context.output(profile);
  }
}
