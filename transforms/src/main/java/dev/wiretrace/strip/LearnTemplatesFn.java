package dev.wiretrace.strip;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.Reject;
import dev.wiretrace.model.StrippedLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Strips one outlet's template lines from each of its pages. Should learning fail on an outlet's
 * pages, they go on as they came, template lines and all, and the failure is reported: losing an
 * outlet's articles to a template would cost more than keeping its template.
 */
class LearnTemplatesFn extends DoFn<KV<String, Iterable<CleanDocument>>, CleanDocument> {
  private final Counter templateLines =
      Metrics.counter(LearnTemplatesFn.class, Counters.TEMPLATE_LINES_STRIPPED);
  private final Counter linesStripped =
      Metrics.counter(LearnTemplatesFn.class, Counters.LINES_STRIPPED);
  private final Counter internalErrors =
      Metrics.counter(LearnTemplatesFn.class, Counters.INTERNAL_ERRORS);

  @ProcessElement
  public void process(ProcessContext context) {
    List<CleanDocument> pages = new ArrayList<>();
    context.element().getValue().forEach(pages::add);
    pages.sort(Comparator.comparing(d -> d.getMeta().getId()));
    List<StrippedPage> stripped;
    try {
      stripped = StrippedPage.bySiteTemplate(pages);
    } catch (RuntimeException | StackOverflowError e) {
      internalErrors.inc();
      context.output(
          StripBoilerplate.REJECTS,
          Reject.internalError(
              "site-template:" + context.element().getKey(),
              "LearnSiteTemplates (its " + pages.size() + " pages kept their template lines)",
              e));
      pages.forEach(context::output);
      return;
    }
    for (StrippedPage page : stripped) {
      for (StrippedLine line : page.strippedLines()) {
        context.output(StripBoilerplate.STRIPPED_LINES, line);
      }
      templateLines.inc(page.strippedLines().size());
      linesStripped.inc(page.strippedLines().size());
      context.output(page.page());
    }
  }
}
