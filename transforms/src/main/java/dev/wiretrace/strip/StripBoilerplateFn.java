package dev.wiretrace.strip;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.Document;
import dev.wiretrace.model.Reject;
import dev.wiretrace.model.StrippedLine;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Classifies a document's lines, blanks the boilerplate, and reports each stripped line. A page
 * that breaks the classifier goes to {@link StripBoilerplate#REJECTS}, and the others go on.
 */
class StripBoilerplateFn extends DoFn<Document, CleanDocument> {
  private final Counter linesStripped =
      Metrics.counter(StripBoilerplateFn.class, Counters.LINES_STRIPPED);
  private final Counter linesKept = Metrics.counter(StripBoilerplateFn.class, Counters.LINES_KEPT);
  private final Counter failed =
      Metrics.counter(StripBoilerplateFn.class, Counters.DOCUMENTS_FAILED);
  private final Counter pagesKeptWhole =
      Metrics.counter(StripBoilerplateFn.class, Counters.PAGES_KEPT_WHOLE);
  private final Counter internalErrors =
      Metrics.counter(StripBoilerplateFn.class, Counters.INTERNAL_ERRORS);

  private final PageClassifier classifier;

  StripBoilerplateFn(PageClassifier classifier) {
    this.classifier = classifier;
  }

  @ProcessElement
  public void process(ProcessContext context) {
    Document document = context.element();
    StrippedPage stripped;
    try {
      stripped = StrippedPage.byRules(classifier, document.getMeta(), document.getText());
    } catch (RuntimeException | StackOverflowError e) {
      failed.inc();
      internalErrors.inc();
      context.output(
          StripBoilerplate.REJECTS,
          Reject.internalError(document.getPath(), "StripBoilerplate", e));
      return;
    }
    if (stripped.proseKeptWhole()) {
      pagesKeptWhole.inc();
    }
    linesKept.inc(stripped.linesKept());
    linesStripped.inc(stripped.strippedLines().size());
    for (StrippedLine line : stripped.strippedLines()) {
      context.output(StripBoilerplate.STRIPPED_LINES, line);
    }
    context.output(stripped.page());
  }
}
