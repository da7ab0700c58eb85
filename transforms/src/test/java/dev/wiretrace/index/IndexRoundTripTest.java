package dev.wiretrace.index;

import static dev.wiretrace.testing.Fixtures.clues;
import static dev.wiretrace.testing.Fixtures.crediting;
import static dev.wiretrace.testing.Fixtures.meta;
import static dev.wiretrace.testing.Fixtures.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.hash.HashSentences;
import dev.wiretrace.match.JoinDocuments;
import dev.wiretrace.match.JoinInput;
import dev.wiretrace.match.SummariseHashes;
import dev.wiretrace.model.DocumentMeta;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.testing.TestPipelineExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class IndexRoundTripTest {
  private static final String NIGHT = "2026-11-21";
  private static final String STORY =
      "The Russian Defence Ministry said rebels would be allowed to exit the city unharmed and with"
          + " their weapons between 0900 and 1900 local time via two special corridors.";
  private static final String OTHER_STORY =
      "Officials in the northern province said the new bridge over the river would open to"
          + " traffic next spring after three years of delays and rising costs.";

  @TempDir Path index;

  private static final List<HashedDocument> DOCUMENTS =
      List.of(
          HashedDocument.create(
              profile(
                  clues(
                      meta("a", "Site A", "2026-11-21T08:00:00Z").toBuilder()
                          .setNight(NIGHT)
                          .setPath("/c/a.txt")
                          .build(),
                      7),
                  "The minister resigned on Monday.",
                  "Talks resume next week."),
              List.of(-5L, 3L, 99L),
              42L),
          HashedDocument.create(
              profile(
                  crediting(meta("b", null).toBuilder().setNight(NIGHT).build(), "AFP", 4),
                  "ATHENS (AFP) - Talks resume."),
              List.of(7L),
              -1L));

  private static DocumentMeta onNight(String id, String outlet, String night) {
    return meta(id, outlet).toBuilder().setNight(night).build();
  }

  private IndexStore commit(List<HashedDocument> documents) throws Exception {
    IndexStore store = IndexStore.open(index.toString());
    String staging = store.stagingFolder("run-1");
    Pipeline write = Pipeline.create();
    write
        .apply(Create.of(documents).withCoder(ModelCoders.of(write, HashedDocument.class)))
        .apply(WriteIndexSegment.to(staging));
    write.run().waitUntilFinish();
    store.commit(NIGHT, staging);
    return IndexStore.open(index.toString());
  }

  @Test
  void aCommittedSegmentReadsBackAsEntriesAndProfiles(TestPipeline pipeline) throws Exception {
    IndexStore store = commit(DOCUMENTS);
    assertEquals(2, store.version().documents());
    assertEquals(List.of(), store.shardsRead(NIGHT, 0));
    List<ShardToRead> shards = store.shardsRead("2026-11-22", 0);
    assertTrue(!shards.isEmpty());
    shards.forEach(s -> assertTrue(Files.exists(Path.of(s.profilesFile())), s.profilesFile()));

    // Tonight shares hash 3 with "a" and none with "b".
    PCollection<HashedDocument> tonight =
        pipeline.apply(
            "Tonight",
            Create.of(
                    HashedDocument.create(
                        profile(clues(onNight("t", "Site T", "2026-11-22"), 3), "Talks resume."),
                        List.of(3L, 1000L),
                        5L))
                .withCoder(ModelCoders.of(pipeline, HashedDocument.class)));
    PCollectionTuple read =
        pipeline.apply(ReadIndex.shards(shards, tonight.apply(SummariseHashes.create())));
    PAssert.that(
            read.get(ReadIndex.ENTRIES)
                .apply(
                    "Ids",
                    org.apache.beam.sdk.transforms.MapElements.into(
                            org.apache.beam.sdk.values.TypeDescriptors.strings())
                        .via(IndexEntry::getId)))
        .containsInAnyOrder("a", "b");
    PCollection<DocumentProfile> profiles =
        IndexedProfiles.of(read.get(ReadIndex.ENTRIES), Buckets.of(1))
            .read(pipeline.apply("Listed", Create.of("b", "a")));
    PAssert.that(profiles)
        .containsInAnyOrder(DOCUMENTS.get(0).getProfile(), DOCUMENTS.get(1).getProfile());
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aNightPairsWithEarlierDocumentsButNotEarlierOnesAlone(TestPipeline pipeline)
      throws Exception {
    Pipeline hash = Pipeline.create();
    List<DocumentProfile> earlier =
        List.of(
            profile(clues(onNight("orig", "A", NIGHT), 30), STORY),
            profile(clues(onNight("bridge1", "B", NIGHT), 30), OTHER_STORY),
            profile(clues(onNight("bridge2", "C", NIGHT), 30), OTHER_STORY));
    List<HashedDocument> hashed = new ArrayList<>();
    for (DocumentProfile p : earlier) {
      hashed.add(dev.wiretrace.hash.HashedText.hash(p));
    }
    IndexStore store = commit(hashed);

    PCollection<HashedDocument> tonight =
        pipeline
            .apply(
                "Tonight",
                Create.of(
                        profile(
                            clues(onNight("copy", "D", "2026-11-22"), 30),
                            STORY.replace("said", "stated that")))
                    .withCoder(ModelCoders.of(pipeline, DocumentProfile.class)))
            .apply("HashTonight", HashSentences.create())
            .get(HashSentences.HASHED);
    PCollectionTuple read =
        pipeline.apply(
            ReadIndex.shards(
                    store.shardsRead("2026-11-22", 0), tonight.apply(SummariseHashes.create()))
                .withBuckets(Buckets.of(2)));
    PCollectionTuple joined =
        JoinInput.tonight(tonight)
            .withEarlier(
                read.get(ReadIndex.POSTINGS),
                IndexedProfiles.of(read.get(ReadIndex.ENTRIES), Buckets.of(2)))
            .apply("JoinDocuments", JoinDocuments.create().withBuckets(Buckets.of(2)));
    PCollection<PairScore> pairs = joined.get(JoinDocuments.SCORED_PAIRS);
    PAssert.thatSingleton(pairs)
        .satisfies(
            pair -> {
              assertEquals(List.of("copy", "orig"), List.of(pair.getA().id(), pair.getB().id()));
              return null;
            });
    // Only the earlier document paired with tonight's is read in full.
    PAssert.that(joined.get(JoinDocuments.EARLIER_CANDIDATES)).containsInAnyOrder(earlier.get(0));
    pipeline.run().waitUntilFinish();
  }
}
