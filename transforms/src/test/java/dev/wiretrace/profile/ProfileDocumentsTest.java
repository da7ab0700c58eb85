package dev.wiretrace.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.wiretrace.direction.AgencyCatalog;
import dev.wiretrace.direction.CreditDetector;
import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.DocumentMeta;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.OutletSource;
import dev.wiretrace.model.PublishedSource;
import dev.wiretrace.testing.Fixtures;
import dev.wiretrace.testing.TestPipelineExtension;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class ProfileDocumentsTest {
  @Test
  void readsSentencesCreditsAttributionsAndDates(TestPipeline pipeline) {
    CleanDocument reprint =
        CleanDocument.create(
            DocumentMeta.builder().setId("r").build(),
            "Russia seeks talks\n\nATHENS (AFP) – Russia seeks talks, Lavrov said. He left.\nRussia seeks talks, Lavrov said.",
            List.of());
    CleanDocument rewrite =
        CleanDocument.create(
            Fixtures.meta("w", "FNA"),
            "Lavrov in Athens\nWed Nov 2, 2016 19:50:06\n\nLavrov spoke in Athens; Press TV reported.",
            List.of());
    CleanDocument pressTv =
        CleanDocument.create(Fixtures.meta("p", "Press TV"), "A story.", List.of());
    PCollection<DocumentProfile> profiles =
        pipeline
            .apply(
                Create.of(reprint, rewrite, pressTv)
                    .withCoder(ModelCoders.of(pipeline, CleanDocument.class)))
            .apply(ProfileDocuments.using(CreditDetector.defaults(AgencyCatalog.defaults())))
            .get(ProfileDocuments.PROFILES);
    PAssert.that(profiles)
        .satisfies(
            all -> {
              Map<String, DocumentProfile> byId = new TreeMap<>();
              all.forEach(p -> byId.put(p.id(), p));
              DocumentProfile r = byId.get("r");
              assertEquals("AFP", r.getClues().getMeta().getOutlet());
              assertEquals(OutletSource.CREDIT, r.getClues().getMeta().outletSource());
              assertEquals("AFP", r.getClues().getCredits().get(0).getAgency());
              assertNull(r.getClues().getOwnAgency());
              assertEquals(
                  List.of(
                      "Russia seeks talks",
                      "ATHENS (AFP) – Russia seeks talks, Lavrov said.",
                      "He left.",
                      "Russia seeks talks, Lavrov said."),
                  r.getSentences());
              assertEquals("Russia seeks talks", r.getTitle());
              DocumentProfile w = byId.get("w");
              assertEquals("Press TV", w.getClues().getAttributions().get(0).getName());
              assertEquals("2016-11-02T19:50:06Z", w.getClues().getMeta().getPublished());
              assertEquals(PublishedSource.TEXT, w.getClues().getMeta().publishedSource());
              assertEquals("Lavrov in Athens", w.getTitle());
              // The date line is metadata, not body text.
              assertEquals(10, w.getClues().getWordCount());
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
