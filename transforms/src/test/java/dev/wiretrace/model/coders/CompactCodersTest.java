package dev.wiretrace.model.coders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiretrace.model.Attribution;
import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.Confidence;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.Credit;
import dev.wiretrace.model.Document;
import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.DocumentMeta;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.OutletSource;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.PublishedSource;
import dev.wiretrace.model.SharedPassage;
import dev.wiretrace.model.StrippedLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/**
 * Each hand-written coder gives back what it was given, with every optional field present and
 * absent, text outside ASCII, negative counts and hashes with the top bit set; and reads what it
 * writes in a stream of several values (a nested coder must not read past its own value).
 */
class CompactCodersTest {
  private static final DocumentMeta FULL_META =
      DocumentMeta.builder()
          .setId("002_ec9929c4bf913ded")
          .setOutlet("Press TV")
          .setOutletSource(OutletSource.MANIFEST)
          .setUrl("https://www.presstv.ir/Detail/2016/11/02/491794/")
          .setPublished("2016-11-02T19:50:06Z")
          .setPublishedSource(PublishedSource.TEXT)
          .setNight("2026-11-22")
          .setPath("corpus/2026-11-22/002.txt")
          .build();
  private static final DocumentMeta BARE_META = DocumentMeta.builder().setId("x").build();

  private static final DocumentClues CLUES =
      DocumentClues.create(
          FULL_META,
          List.of(Credit.create("AFP", "ATHENS (AFP) –", "dateline")),
          List.of(
              Attribution.create("Press TV", "Press TV reported"),
              Attribution.create("TASS", "told TASS")),
          "AFP",
          412);
  private static final DocumentClues BARE_CLUES =
      DocumentClues.create(BARE_META, List.of(), List.of(), null, 0);
  private static final DocumentProfile PROFILE =
      DocumentProfile.create(
          CLUES, "Ερντογάν: «Όχι» — 埃尔多安", List.of("First sentence.", "Δεύτερη πρόταση."));
  private static final SharedPassage PASSAGE =
      SharedPassage.create("the minister said on Tuesday", "the minister said Tuesday", 5);

  @Test
  void everyCompactCoderRoundTrips() throws Exception {
    check(DocumentMetaCoder.of(), FULL_META, BARE_META);
    check(
        DocumentCoder.of(),
        Document.create(FULL_META, "in/002.txt", "Line one\n\nLine two ✓", "windows-1252"),
        Document.create(BARE_META, "x.txt", "", null));
    check(
        CleanDocumentCoder.of(),
        CleanDocument.create(FULL_META, "Body.", List.of("© 2016 Press TV")),
        CleanDocument.create(BARE_META, "", List.of()));
    check(DocumentCluesCoder.of(), CLUES, BARE_CLUES);
    check(DocumentProfileCoder.of(), PROFILE, DocumentProfile.create(BARE_CLUES, null, List.of()));
    check(
        HashedDocumentCoder.of(),
        HashedDocument.create(PROFILE, List.of(Long.MIN_VALUE, -1L, 0L, 42L, Long.MAX_VALUE), -7L),
        HashedDocument.create(PROFILE, List.of(), 0L));
    check(
        StrippedLineCoder.of(),
        StrippedLine.create("002", 46, "SHARE THIS ARTICLE", "share-widget"),
        StrippedLine.create("", 0, "", ""));
    check(SharedPassageCoder.of(), PASSAGE, SharedPassage.create("", "", 0));
    PairScore bare =
        PairScore.builder()
            .setA(BARE_CLUES)
            .setB(CLUES)
            .setSharedWordsA(0)
            .setSharedWordsB(0)
            .setLongestRun(0)
            .setIdenticalSentences(0)
            .setCoverageA(List.of())
            .setCoverageB(List.of())
            .setPassages(List.of())
            .build();
    check(
        PairScoreCoder.of(),
        bare.toBuilder()
            .setSharedWordsA(120)
            .setSharedWordsB(118)
            .setLongestRun(40)
            .setIdenticalSentences(3)
            .setCoverageA(List.of(0, 12, 30, 55))
            .setCoverageB(List.of(3, 9))
            .setPassages(List.of(PASSAGE, PASSAGE.reversed()))
            .setOtherPartnersB(2)
            .setBeyondWireA(17)
            .setParaphrasedSentences(4)
            .build(),
        bare);
    CopyEdge edge =
        CopyEdge.builder()
            .setSource("wire:AFP")
            .setTarget("002")
            .setSharedWords(90)
            .setScore(0.8731)
            .setConfidence(Confidence.HIGH)
            .setReasons(List.of("credits AFP in a dateline"))
            .setSourceAgency("AFP")
            .build();
    check(
        CopyEdgeCoder.of(),
        edge,
        edge.toBuilder()
            .setPrimary(true)
            .setScore(Double.NaN)
            .setConfidence(Confidence.LOW)
            .setReasons(List.of())
            .setVia(List.of("001", "003"))
            .setNamedByTarget(true)
            .setSourceAgency(null)
            .setPassages(List.of(PASSAGE))
            .setTargetCoverage(List.of(1, 2))
            .setParaphrase(true)
            .build());
  }

  @Test
  void modelCodersGiveTheCompactCoderForEachTypeThatHasOne() {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    assertEquals(HashedDocumentCoder.of(), ModelCoders.of(pipeline, HashedDocument.class));
    assertEquals(PairScoreCoder.of(), ModelCoders.of(pipeline, PairScore.class));
  }

  @Test
  void aTruncatedValueIsAnErrorNotAShortValue() throws Exception {
    byte[] bytes =
        CoderUtils.encodeToByteArray(
            HashedDocumentCoder.of(), HashedDocument.create(PROFILE, List.of(1L, 2L, 3L), 9L));
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 12);
    assertThrows(
        CoderException.class, () -> HashedDocumentCoder.of().decode(new ByteArrayInputStream(cut)));
  }

  private static <T> void check(Coder<T> coder, T full, T bare) throws Exception {
    CoderProperties.coderDecodeEncodeEqual(coder, full);
    CoderProperties.coderDecodeEncodeEqual(coder, bare);
    CoderProperties.coderDeterministic(coder, full, full);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    coder.encode(full, stream);
    coder.encode(bare, stream);
    coder.encode(full, stream);
    ByteArrayInputStream in = new ByteArrayInputStream(stream.toByteArray());
    assertEquals(full, coder.decode(in));
    assertEquals(bare, coder.decode(in));
    assertEquals(full, coder.decode(in));
    assertEquals(-1, in.read(), "bytes left over");
  }
}
