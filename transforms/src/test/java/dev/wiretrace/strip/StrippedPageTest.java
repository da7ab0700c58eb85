package dev.wiretrace.strip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.DocumentMeta;
import dev.wiretrace.model.StrippedLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrippedPageTest {
  private static final String PARAGRAPH =
      "The regional council said on Monday that the new bridge over the river would open in the"
          + " spring, two years later than planned, after a dispute over the cost of steel.";

  private static DocumentMeta meta(String id) {
    return DocumentMeta.builder().setId(id).build();
  }

  @Test
  void theRulesBlankTheirLinesAndKeepTheLineNumbers() {
    String text =
        String.join(
            "\n",
            "Share this article",
            "",
            PARAGRAPH,
            "",
            "© 2024 City News. All rights reserved.");
    StrippedPage page =
        StrippedPage.byRules(new LineClassifier(BoilerplateRules.defaults()), meta("doc-1"), text);

    assertEquals(String.join("\n", "", "", PARAGRAPH, "", ""), page.page().getText());
    assertEquals(
        List.of(
            StrippedLine.create("doc-1", 1, "Share this article", "share-widget"),
            StrippedLine.create(
                "doc-1", 5, "© 2024 City News. All rights reserved.", LineClassifier.COPYRIGHT)),
        page.strippedLines());
    assertEquals(
        List.of("© 2024 City News. All rights reserved."), page.page().getCopyrightLines());
    assertEquals(1, page.linesKept());
    assertEquals(false, page.proseKeptWhole());
  }

  @Test
  void anOutletsTemplateGoesFromEachOfItsPages() {
    String footer = "Eastern Herald is an independent daily covering the region since 1998.";
    List<CleanDocument> pages = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      pages.add(
          CleanDocument.create(
              meta("doc-" + p),
              String.join("\n", "Story number " + p, "", PARAGRAPH + " Part " + p + ".", footer),
              List.of()));
    }
    List<StrippedPage> stripped = StrippedPage.bySiteTemplate(pages);

    assertEquals(4, stripped.size());
    for (int p = 0; p < 4; p++) {
      assertEquals(
          List.of(StrippedLine.create("doc-" + p, 4, footer, TemplateLearner.SITE_TEMPLATE)),
          stripped.get(p).strippedLines());
      assertEquals(
          String.join("\n", "Story number " + p, "", PARAGRAPH + " Part " + p + ".", ""),
          stripped.get(p).page().getText());
    }
  }

  @Test
  void aPageWithoutTemplateLinesComesBackAsItWas() {
    CleanDocument only = CleanDocument.create(meta("alone"), PARAGRAPH, List.of());
    assertSame(only, StrippedPage.bySiteTemplate(List.of(only)).get(0).page());
  }
}
