package dev.wiretrace.direction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.model.Confidence;
import dev.wiretrace.model.CopyEdge;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParentSelectorTest {
  private static CopyEdge candidate(
      String source, int words, List<Integer> coverage, boolean named) {
    return CopyEdge.builder()
        .setSource(source)
        .setTarget("t")
        .setSharedWords(words)
        .setScore(0.5)
        .setConfidence(Confidence.MEDIUM)
        .setReasons(List.of("because " + source))
        .setNamedByTarget(named)
        .setTargetCoverage(coverage)
        .setSourceAgency(source.startsWith("wire:") ? source.substring(5) : null)
        .build();
  }

  @Test
  void closestTextIsPrimaryAndOthersNeedWordsOfTheirOwn() {
    List<CopyEdge> parents =
        ParentSelector.select(
            List.of(
                candidate("wire:AFP", 40, List.of(0, 40), false),
                candidate("rewrite", 200, List.of(20, 220), false),
                candidate("other", 30, List.of(100, 130), false)));
    assertEquals(
        List.of("rewrite", "wire:AFP"), parents.stream().map(CopyEdge::getSource).toList());
    assertTrue(parents.get(0).getPrimary());
    assertFalse(parents.get(1).getPrimary());
  }

  @Test
  void aVerbatimCopyBeatsAParaphraseThatSharesMoreContentWords() {
    // two rewrites of one source share its content words: that is no claim over the source's text
    CopyEdge sibling =
        candidate("rewrite", 120, List.of(0, 120), false).toBuilder().setParaphrase(true).build();
    List<CopyEdge> parents =
        ParentSelector.select(List.of(sibling, candidate("source", 60, List.of(100, 160), false)));
    assertEquals(List.of("source"), parents.stream().map(CopyEdge::getSource).toList());
  }

  @Test
  void aNamedSourceIsPrimaryEvenWithFewerWords() {
    // the bigger candidate misses 50 of the words the named source explains
    List<CopyEdge> parents =
        ParentSelector.select(
            List.of(
                candidate("big", 300, List.of(50, 350), false),
                candidate("named", 100, List.of(0, 100), true)));
    assertEquals("named", parents.get(0).getSource());
  }

  @Test
  void aNamedOriginGivesWayToTheVersionWhoseEditsTheTargetCarries() {
    List<CopyEdge> parents =
        ParentSelector.select(
            List.of(
                candidate("origin", 100, List.of(20, 120), true),
                candidate("version", 150, List.of(0, 150), false)));
    assertEquals(List.of("version", "origin"), parents.stream().map(CopyEdge::getSource).toList());
    assertTrue(parents.get(0).getPrimary());
    assertTrue(parents.get(0).getReasons().get(1).contains("50 shared words that origin"));
    assertFalse(parents.get(1).getPrimary());
    assertTrue(parents.get(1).getReasons().get(1).startsWith("named by the target as the origin"));
  }

  @Test
  void aNamedOriginStaysPrimaryWhenItExplainsTextTheOtherLacks() {
    List<CopyEdge> parents =
        ParentSelector.select(
            List.of(
                candidate("origin", 100, List.of(0, 100), true),
                candidate("other", 150, List.of(20, 170), false)));
    assertEquals("origin", parents.get(0).getSource(), "20 words only the named source explains");
  }

  @Test
  void aNamedWireIsNeverReplacedByAReprint() {
    List<CopyEdge> parents =
        ParentSelector.select(
            List.of(
                candidate("wire:AFP", 0, List.of(), true),
                candidate("reprint", 150, List.of(0, 150), false)));
    assertEquals("wire:AFP", parents.get(0).getSource());
  }

  @Test
  void candidatesFromOneSourceMerge() {
    List<CopyEdge> parents =
        ParentSelector.select(
            List.of(
                candidate("wire:AFP", 0, List.of(), true),
                candidate("wire:AFP", 237, List.of(0, 237), false).toBuilder()
                    .setVia(List.of("r2"))
                    .build()));
    assertEquals(1, parents.size());
    CopyEdge merged = parents.get(0);
    assertEquals(237, merged.getSharedWords());
    assertTrue(merged.getNamedByTarget());
    assertEquals(List.of("r2"), merged.getVia());
    assertEquals(List.of("because wire:AFP"), merged.getReasons());
  }

  @Test
  void agencyDocumentBesideAnOrdinarySource() {
    CopyEdge agencyDocument =
        candidate("afp-doc", 300, List.of(0, 300), false).toBuilder()
            .setSourceAgency("AFP")
            .build();
    List<CopyEdge> parents =
        ParentSelector.select(
            List.of(agencyDocument, candidate("blog", 40, List.of(300, 340), false)));
    assertEquals(List.of("afp-doc", "blog"), parents.stream().map(CopyEdge::getSource).toList());
  }

  @Test
  void wireCandidateFoldsIntoTheAgencysOwnDocument() {
    CopyEdge agencyDocument =
        candidate("afp-doc", 300, List.of(0, 300), false).toBuilder()
            .setSourceAgency("AFP")
            .build();
    List<CopyEdge> parents =
        ParentSelector.select(List.of(candidate("wire:AFP", 0, List.of(), true), agencyDocument));
    assertEquals(1, parents.size());
    assertEquals("afp-doc", parents.get(0).getSource());
    assertTrue(parents.get(0).getNamedByTarget());
  }

  @Test
  void aCopyOfACopyWithNoneOfTheUpstreamTextBeyondItKeepsTheCopy() {
    // words [0, 60) are the source's, carried by the copy; [60, 100) are the copy's own edits
    List<CopyEdge> parents =
        ParentSelector.select(
            List.of(
                candidate("copy", 100, List.of(0, 100), false),
                candidate("source", 60, List.of(0, 60), false)),
            Map.of("copy", List.of("source")));
    assertEquals(List.of("copy"), parents.stream().map(CopyEdge::getSource).toList());
  }

  @Test
  void aTargetCarryingNoneOfTheCopysOwnWordingHasTheUpstreamSource() {
    List<CopyEdge> parents =
        ParentSelector.select(
            List.of(
                candidate("copy", 100, List.of(0, 100), false),
                candidate("source", 95, List.of(5, 100), false)),
            Map.of("copy", List.of("source")));
    assertEquals("source", parents.get(0).getSource());
    assertTrue(parents.get(0).getReasons().get(1).contains("carries none of its own wording"));
  }

  @Test
  void aTargetCarryingUpstreamWordingTheCopyLacksDrewOnTheUpstreamSourceItself() {
    // the copy explains [0, 70), 50 words of them not the source's; the source explains [50, 110),
    // 40 words of them not in the copy: the target read the source, and the copy as well
    List<CopyEdge> parents =
        ParentSelector.select(
            List.of(
                candidate("copy", 70, List.of(0, 70), false),
                candidate("source", 60, List.of(50, 110), false)),
            Map.of("copy", List.of("source")));
    assertEquals(List.of("source", "copy"), parents.stream().map(CopyEdge::getSource).toList());
    assertTrue(parents.get(0).getPrimary());
    assertTrue(
        parents.get(0).getReasons().get(1).contains("carries 40 words of source that copy does"),
        parents.get(0).getReasons().toString());
  }

  @Test
  void upstreamWordingUnderASentencesWorthLeavesTheCloserCopy() {
    List<CopyEdge> parents =
        ParentSelector.select(
            List.of(
                candidate("copy", 70, List.of(0, 70), false),
                candidate("source", 31, List.of(50, 81), false)),
            Map.of("copy", List.of("source")));
    assertEquals(List.of("copy"), parents.stream().map(CopyEdge::getSource).toList());
  }

  @Test
  void aNamedCopyIsNotPassedOverForItsSource() {
    List<CopyEdge> parents =
        ParentSelector.select(
            List.of(
                candidate("copy", 70, List.of(0, 70), true),
                candidate("source", 60, List.of(50, 110), false)),
            Map.of("copy", List.of("source")));
    assertEquals("copy", parents.get(0).getSource());
  }
}
