package dev.wiretrace.strip;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.Document;
import dev.wiretrace.model.Reject;
import dev.wiretrace.model.StrippedLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    List<String> lines = Arrays.asList(document.getText().split("\n", -1));
    String[] reasons;
    try {
      PageVerdicts verdicts = classifier.classifyPage(lines);
      reasons = verdicts.reasons();
      if (verdicts.proseKeptWhole()) {
        pagesKeptWhole.inc();
      }
    } catch (RuntimeException | StackOverflowError e) {
      failed.inc();
      internalErrors.inc();
      context.output(
          StripBoilerplate.REJECTS,
          Reject.internalError(document.getPath(), "StripBoilerplate", e));
      return;
    }
    StringBuilder clean = new StringBuilder(document.getText().length());
    List<String> copyright = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        clean.append('\n');
      }
      if (reasons[i] == null) {
        clean.append(lines.get(i));
        if (!lines.get(i).isBlank()) {
          linesKept.inc();
        }
        continue;
      }
      linesStripped.inc();
      if (LineClassifier.COPYRIGHT.equals(reasons[i])) {
        copyright.add(lines.get(i));
      }
      context.output(
          StripBoilerplate.STRIPPED_LINES,
          StrippedLine.create(document.id(), i + 1, lines.get(i), reasons[i]));
    }
    context.output(CleanDocument.create(document.getMeta(), clean.toString(), copyright));
  }
}
