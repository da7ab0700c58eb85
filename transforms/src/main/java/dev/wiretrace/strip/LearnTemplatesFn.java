package dev.wiretrace.strip;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.Reject;
import dev.wiretrace.model.StrippedLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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
    List<List<String>> lines = new ArrayList<>();
    for (CleanDocument page : pages) {
      lines.add(Arrays.asList(page.getText().split("\n", -1)));
    }
    List<Set<Integer>> templates;
    try {
      templates = TemplateLearner.templateLines(lines);
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
    for (int p = 0; p < pages.size(); p++) {
      CleanDocument page = pages.get(p);
      Set<Integer> template = templates.get(p);
      if (template.isEmpty()) {
        context.output(page);
        continue;
      }
      List<String> pageLines = new ArrayList<>(lines.get(p));
      for (int i : template) {
        context.output(
            StripBoilerplate.STRIPPED_LINES,
            StrippedLine.create(
                page.getMeta().getId(), i + 1, pageLines.get(i), TemplateLearner.SITE_TEMPLATE));
        pageLines.set(i, "");
      }
      templateLines.inc(template.size());
      linesStripped.inc(template.size());
      context.output(
          CleanDocument.create(
              page.getMeta(), String.join("\n", pageLines), page.getCopyrightLines()));
    }
  }
}
