package dev.wiretrace.strip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.Document;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.StrippedLine;
import dev.wiretrace.testing.Fixtures;
import dev.wiretrace.testing.TestPipelineExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class TemplateLearnerTest {
  private static final String QUOTE =
      "\"We will not repeat the mistakes of the past,\" the minister told parliament on Tuesday.";
  private static final List<String> FOOTER =
      List.of(
          "Eastern Herald is an independent daily covering the region since 1998.",
          "",
          "Follow the Eastern Herald on Telegram for breaking news.");

  /** A story page: headline, a body of realistic length with the shared quote inside, footer. */
  private static List<String> page(String headline, String body) {
    String desk = headline.split(" ")[0];
    List<String> lines =
        new ArrayList<>(
            List.of(
                headline,
                "",
                body,
                "",
                QUOTE,
                "",
                desk
                    + " correspondents said the debate ran late into the night, with members of"
                    + " every party trading accusations over spending, taxes and the cost of"
                    + " borrowing, while protesters gathered outside the building.",
                ""));
    lines.addAll(FOOTER);
    return lines;
  }

  @Test
  void twoStoriesOfOneOutletKeepTheirSharedQuoteAndLoseTheirFooter() {
    List<Set<Integer>> templates =
        TemplateLearner.templateLines(
            List.of(
                page(
                    "Budget passes first reading",
                    "The budget passed its first reading by 61 votes to 40."),
                page(
                    "Opposition walks out of debate",
                    "Opposition members left the chamber in protest.")));
    assertEquals(List.of(Set.of(8, 10), Set.of(8, 10)), templates);
  }

  @Test
  void versionsOfOneStoryAreNotTemplates() {
    List<String> first =
        page(
            "Budget passes first reading",
            "The budget passed its first reading by 61 votes to 40.");
    List<String> update = new ArrayList<>(first);
    update.set(2, "The budget passed its first reading by 62 votes to 40, the final count showed.");
    assertEquals(
        List.of(Set.of(), Set.of()), TemplateLearner.templateLines(List.of(first, update)));
  }

  @Test
  void versionsOfOneStoryLoseTheTemplateTheOutletsOtherPagesShow() {
    List<String> first =
        page(
            "Budget passes first reading",
            "The budget passed its first reading by 61 votes to 40.");
    List<String> update = new ArrayList<>(first);
    update.set(2, "The budget passed its first reading by 62 votes to 40, the final count showed.");
    List<String> other =
        page("Opposition walks out of debate", "Opposition members left the chamber in protest.");
    // the versions keep every story line, the quote included; the footer is on all three pages
    assertEquals(
        List.of(Set.of(8, 10), Set.of(8, 10), Set.of(8, 10)),
        TemplateLearner.templateLines(List.of(first, update, other)));
  }

  @Test
  void aSinglePageTeachesNothing() {
    assertEquals(
        List.of(Set.of()),
        TemplateLearner.templateLines(List.of(page("Alone", "Only page of its site."))));
  }

  @Test
  void stripBoilerplateLearnsTemplatesPerOutlet(TestPipeline pipeline) {
    String herald =
        String.join(
            "\n", page("Budget passes first reading", "The budget passed by 61 votes to 40."));
    String herald2 =
        String.join(
            "\n", page("Opposition walks out of debate", "Opposition members left in protest."));
    // The same footer on another outlet's page is that outlet's text: it stays.
    String other =
        String.join("\n", page("Herald footer quoted elsewhere", "A rival paper printed it."));
    PCollectionTuple result =
        pipeline
            .apply(
                Create.of(
                        Document.create(
                            Fixtures.meta("h1", "Eastern Herald"), "h1.txt", herald, null),
                        Document.create(
                            Fixtures.meta("h2", "Eastern Herald"), "h2.txt", herald2, null),
                        Document.create(Fixtures.meta("o1", "Other Paper"), "o1.txt", other, null))
                    .withCoder(ModelCoders.of(pipeline, Document.class)))
            .apply(StripBoilerplate.withRules(BoilerplateRules.defaults()));
    PAssert.that(result.get(StripBoilerplate.STRIPPED_LINES))
        .containsInAnyOrder(
            StrippedLine.create("h1", 9, FOOTER.get(0), TemplateLearner.SITE_TEMPLATE),
            StrippedLine.create("h1", 11, FOOTER.get(2), TemplateLearner.SITE_TEMPLATE),
            StrippedLine.create("h2", 9, FOOTER.get(0), TemplateLearner.SITE_TEMPLATE),
            StrippedLine.create("h2", 11, FOOTER.get(2), TemplateLearner.SITE_TEMPLATE));
    PAssert.that(result.get(StripBoilerplate.CLEAN_DOCUMENTS))
        .satisfies(
            documents -> {
              for (CleanDocument d : documents) {
                assertEquals(true, d.getText().contains(QUOTE), d.getMeta().getId());
                assertEquals(
                    d.getMeta().getId().equals("o1"),
                    d.getText().contains(FOOTER.get(0)),
                    d.getMeta().getId());
              }
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
