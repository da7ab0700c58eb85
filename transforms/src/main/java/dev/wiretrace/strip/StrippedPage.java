package dev.wiretrace.strip;

import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.DocumentMeta;
import dev.wiretrace.model.StrippedLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A page with its boilerplate lines blanked (so line numbers stay those of the input), and every
 * line that went, with its reason. Built by the rules ({@link #byRules}) and then by the outlet's
 * template ({@link #bySiteTemplate}); the pipeline's DoFns and the stage benchmark assemble pages
 * the same way through here.
 */
public record StrippedPage(
    CleanDocument page, List<StrippedLine> strippedLines, int linesKept, boolean proseKeptWhole) {

  /** The page's lines as the classifiers number them: split on line feeds, empty ones kept. */
  static List<String> lines(String text) {
    return Arrays.asList(text.split("\n", -1));
  }

  /** Strips a page by the rules that hold on any site. */
  public static StrippedPage byRules(PageClassifier classifier, DocumentMeta meta, String text) {
    List<String> lines = lines(text);
    PageVerdicts verdicts = classifier.classifyPage(lines);
    String[] reasons = verdicts.reasons();
    StringBuilder clean = new StringBuilder(text.length());
    List<String> copyright = new ArrayList<>();
    List<StrippedLine> stripped = new ArrayList<>();
    int kept = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        clean.append('\n');
      }
      String line = lines.get(i);
      if (reasons[i] == null) {
        clean.append(line);
        kept += line.isBlank() ? 0 : 1;
        continue;
      }
      if (LineClassifier.COPYRIGHT.equals(reasons[i])) {
        copyright.add(line);
      }
      stripped.add(StrippedLine.create(meta.getId(), i + 1, line, reasons[i]));
    }
    return new StrippedPage(
        CleanDocument.create(meta, clean.toString(), copyright),
        stripped,
        kept,
        verdicts.proseKeptWhole());
  }

  /**
   * Strips one outlet's template lines ({@link TemplateLearner}) from its pages, given in the order
   * the template is learnt in; the pages come back in that order.
   */
  public static List<StrippedPage> bySiteTemplate(List<CleanDocument> outletPages) {
    List<List<String>> lines = new ArrayList<>();
    for (CleanDocument page : outletPages) {
      lines.add(lines(page.getText()));
    }
    List<Set<Integer>> templates = TemplateLearner.templateLines(lines);
    List<StrippedPage> result = new ArrayList<>();
    for (int p = 0; p < outletPages.size(); p++) {
      CleanDocument page = outletPages.get(p);
      Set<Integer> template = templates.get(p);
      if (template.isEmpty()) {
        result.add(new StrippedPage(page, List.of(), 0, false));
        continue;
      }
      List<String> pageLines = new ArrayList<>(lines.get(p));
      List<StrippedLine> stripped = new ArrayList<>();
      for (int i : template) {
        stripped.add(
            StrippedLine.create(
                page.getMeta().getId(), i + 1, pageLines.get(i), TemplateLearner.SITE_TEMPLATE));
        pageLines.set(i, "");
      }
      result.add(
          new StrippedPage(
              CleanDocument.create(
                  page.getMeta(), String.join("\n", pageLines), page.getCopyrightLines()),
              stripped,
              0,
              false));
    }
    return result;
  }
}
