package dev.wiretrace.match;

import static dev.wiretrace.testing.Fixtures.clues;
import static dev.wiretrace.testing.Fixtures.meta;
import static dev.wiretrace.testing.Fixtures.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wiretrace.hash.HashSentences;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.testing.TestPipelineExtension;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class JoinDocumentsTest {
  private static final String FOOTER =
      "Copyright of this site belongs to its owners and may not be copied without written consent.";
  private static final String STORY =
      "The Russian Defence Ministry said rebels would be allowed to exit the city unharmed and with"
          + " their weapons between 0900 and 1900 local time via two special corridors.";

  @Test
  void pairsCopiesAndCapsTheTemplateLine(TestPipeline pipeline) {
    List<DocumentProfile> documents = new ArrayList<>();
    documents.add(profile(clues(meta("orig", "A"), 40), STORY, FOOTER));
    documents.add(
        profile(clues(meta("copy", "B"), 40), STORY.replace("said", "stated that"), FOOTER));
    for (int i = 0; i < 4; i++) {
      documents.add(
          profile(
              clues(meta("other" + i, "C"), 20),
              "An unrelated story number " + i + " about football scores today.",
              FOOTER));
    }
    PCollection<DocumentProfile> profiles =
        pipeline.apply(
            Create.of(documents).withCoder(ModelCoders.of(pipeline, DocumentProfile.class)));
    PCollection<PairScore> pairs =
        JoinInput.tonight(profiles.apply(HashSentences.create()).get(HashSentences.HASHED))
            .apply("JoinDocuments", JoinDocuments.create().withMaxDocumentFrequency(3))
            .get(JoinDocuments.SCORED_PAIRS);
    PAssert.thatSingleton(pairs)
        .satisfies(
            pair -> {
              assertEquals("copy", pair.getA().id());
              assertEquals("orig", pair.getB().id());
              // 23 story words after the edited verb, plus 4 footer words reached by the
              // 5-grams that straddle the story's end; the footer's own 5-grams are capped.
              assertEquals(27, pair.getSharedWordsB());
              return null;
            });
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    // The footer's shingles and sentence hash sit in all six documents: over the cap of three.
    assertEquals(17L, counter(result, "hashesDroppedByMaxDf"));
    assertEquals(1L, counter(result, "candidatePairs"));
  }

  private static long counter(PipelineResult result, String name) {
    long total = 0;
    for (MetricResult<Long> c :
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.named(BuildPairsFn.class, name))
                    .addNameFilter(
                        MetricNameFilter.named(JoinDocuments.KeepCandidatesFn.class, name))
                    .build())
            .getCounters()) {
      total += c.getAttempted();
    }
    return total;
  }
}
