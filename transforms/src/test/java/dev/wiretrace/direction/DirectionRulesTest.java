package dev.wiretrace.direction;

import static dev.wiretrace.testing.Fixtures.agencyCopy;
import static dev.wiretrace.testing.Fixtures.attributing;
import static dev.wiretrace.testing.Fixtures.clues;
import static dev.wiretrace.testing.Fixtures.crediting;
import static dev.wiretrace.testing.Fixtures.meta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.model.Confidence;
import dev.wiretrace.model.CopyEdge;
import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.PairScore;
import dev.wiretrace.model.SharedPassage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectionRulesTest {
  private static PairScore pair(DocumentClues a, DocumentClues b, int sharedA, int sharedB) {
    return PairScore.builder()
        .setA(a)
        .setB(b)
        .setSharedWordsA(sharedA)
        .setSharedWordsB(sharedB)
        .setLongestRun(20)
        .setIdenticalSentences(0)
        .setCoverageA(List.of(0, sharedA))
        .setCoverageB(List.of(0, sharedB))
        .setPassages(List.of(SharedPassage.create("text of a", "text of b", sharedB)))
        .build();
  }

  @Test
  void attributionNamesTheSourceAndOutweighsAWrongTimestamp() {
    DocumentClues pressTv = clues(meta("p", "Press TV", "2016-11-02T20:00:00Z"), 400);
    DocumentClues fna = attributing(meta("f", "FNA", "2016-11-02T10:00:00Z"), "Press TV", 300);
    CopyEdge edge = DirectionRules.decide(pair(fna, pressTv, 200, 200)).get(0);
    assertEquals("p", edge.getSource());
    assertEquals("f", edge.getTarget());
    assertTrue(edge.getNamedByTarget());
    assertTrue(edge.getReasons().get(0).contains("names Press TV"), edge.getReasons().toString());
    assertTrue(
        edge.getReasons().stream()
            .anyMatch(r -> r.startsWith("outweighed: f was published first")));
    assertEquals(List.of(SharedPassage.create("text of b", "text of a", 200)), edge.getPassages());
  }

  @Test
  void earlierTimestampDecidesWhenNothingElseDoes() {
    DocumentClues early = clues(meta("x", "Site X", "2020-01-01T08:00:00Z"), 100);
    DocumentClues late = clues(meta("a", "Site A", "2020-01-01T09:00:00Z"), 100);
    CopyEdge edge = DirectionRules.decide(pair(late, early, 50, 50)).get(0);
    assertEquals("x", edge.getSource());
    assertEquals(Confidence.MEDIUM, edge.getConfidence());
  }

  @Test
  void withoutTimestampsTheDocumentIndexedOnAnEarlierNightIsTheSource() {
    DocumentClues older =
        clues(meta("old", "Site X").toBuilder().setNight("2026-11-21").build(), 100);
    DocumentClues newer =
        clues(meta("new", "Site A").toBuilder().setNight("2026-11-22").build(), 100);
    CopyEdge edge = DirectionRules.decide(pair(newer, older, 50, 50)).get(0);
    assertEquals("old", edge.getSource());
    assertTrue(
        edge.getReasons().get(0).contains("already indexed on night 2026-11-21"),
        edge.getReasons().toString());
  }

  @Test
  void aTimestampOutranksTheNightOrder() {
    DocumentClues lateCrawl =
        clues(
            meta("orig", "Site X", "2026-11-20T08:00:00Z").toBuilder()
                .setNight("2026-11-22")
                .build(),
            100);
    DocumentClues copy =
        clues(
            meta("copy", "Site A", "2026-11-21T08:00:00Z").toBuilder()
                .setNight("2026-11-21")
                .build(),
            100);
    CopyEdge edge = DirectionRules.decide(pair(copy, lateCrawl, 50, 50)).get(0);
    assertEquals("orig", edge.getSource());
  }

  @Test
  void agencyOwnCopyIsTheSourceAndKeepsItsId() {
    DocumentClues afp = agencyCopy(meta("afp1", "AFP"), "AFP", 500);
    DocumentClues reprint = crediting(meta("r1", "Daily"), "AFP", 400);
    CopyEdge edge = DirectionRules.decide(pair(reprint, afp, 300, 300)).get(0);
    assertEquals("afp1", edge.getSource());
    assertEquals("AFP", edge.getSourceAgency());
    assertEquals(Confidence.HIGH, edge.getConfidence());
  }

  @Test
  void twoReprintsOfOneWireAreSiblingsNotCopies() {
    DocumentClues r1 = crediting(meta("r1", "Blog"), "AFP", 250);
    DocumentClues r2 = crediting(meta("r2", "Paper"), "AFP", 500);
    List<CopyEdge> edges = DirectionRules.decide(pair(r1, r2, 230, 240));
    assertEquals(2, edges.size());
    for (CopyEdge edge : edges) {
      assertEquals("wire:AFP", edge.getSource());
      assertTrue(edge.getReasons().get(0).contains("siblings under the AFP wire"));
    }
    assertEquals(List.of("r2", "r1"), edges.stream().map(CopyEdge::getTarget).toList());
    assertEquals(List.of("r1"), edges.get(0).getVia());
  }

  @Test
  void anOrientationPointsWhereTheEdgesDo() {
    DocumentClues r1 = crediting(meta("r1", "Blog"), "AFP", 250);
    DocumentClues r2 = crediting(meta("r2", "Paper"), "AFP", 500);
    DirectionRules.Orientation siblings = DirectionRules.orient(pair(r1, r2, 230, 240), 0, 0);
    assertTrue(siblings.siblings());
    assertEquals(Optional.empty(), siblings.target());

    PairScore carriesEdits = pair(r1, r2, 230, 240).toBuilder().setBeyondWireB(40).build();
    DirectionRules.Orientation directed = DirectionRules.orient(carriesEdits, 0, 0);
    CopyEdge edge = DirectionRules.decide(carriesEdits).get(0);
    assertEquals(Optional.of(edge.getTarget()), directed.target());
    assertEquals(edge.getConfidence(), directed.confidence());
  }

  @Test
  void twoReprintsSharingEditsTheAgencysCopyLacksAreACopyNotSiblings() {
    DocumentClues r1 = crediting(meta("r1", "Blog"), "AFP", 250);
    DocumentClues r2 = crediting(meta("r2", "Paper"), "AFP", 500);
    PairScore carriesEdits = pair(r1, r2, 230, 240).toBuilder().setBeyondWireB(40).build();
    List<CopyEdge> edges = DirectionRules.decide(carriesEdits);
    assertEquals(1, edges.size(), "one reprinted the other's version");
    CopyEdge edge = edges.get(0);
    assertEquals(
        List.of("r2", "r1"),
        List.of(edge.getSource(), edge.getTarget()),
        "the text made of the other is the copy");
    assertTrue(edge.getVia().isEmpty(), "the edits are the reprint's own text, not the wire's");
    assertTrue(
        edge.getReasons().get(0).contains("share 40 words that AFP's own copy does not have"));

    PairScore fewEdits =
        pair(r1, r2, 230, 240).toBuilder().setBeyondWireA(11).setBeyondWireB(11).build();
    assertEquals(
        2, DirectionRules.decide(fewEdits).size(), "under a sentence's worth: still siblings");
  }

  @Test
  void uncreditedRewriteOfAReprintPointsToTheWire() {
    DocumentClues reprint = crediting(meta("r", "Paper"), "AFP", 500);
    DocumentClues rewrite = clues(meta("w", "Press TV"), 450);
    CopyEdge edge = DirectionRules.decide(pair(reprint, rewrite, 50, 50)).get(0);
    assertEquals("wire:AFP", edge.getSource());
    assertEquals("w", edge.getTarget());
    assertEquals(List.of("r"), edge.getVia());
    assertTrue(edge.getReasons().get(0).startsWith("r is a reprint of the AFP wire"));
  }

  @Test
  void withoutEvidenceTheCopyIsTheTextMadeOfTheOther() {
    DocumentClues longer = clues(meta("b", "Site B"), 1000);
    DocumentClues shorter = clues(meta("a", "Site A"), 200);
    CopyEdge edge = DirectionRules.decide(pair(shorter, longer, 180, 180)).get(0);
    assertEquals("b", edge.getSource());
    assertEquals("a", edge.getTarget());
    assertEquals(Confidence.LOW, edge.getConfidence());
  }

  @Test
  void noEvidenceAtAllIsSaidSo() {
    DocumentClues a = clues(meta("a", "Site A"), 100);
    DocumentClues b = clues(meta("b", "Site B"), 100);
    CopyEdge edge = DirectionRules.decide(pair(a, b, 50, 50)).get(0);
    assertEquals("a", edge.getSource());
    assertEquals("no direction evidence: ordered by document id", edge.getReasons().get(0));
  }

  @Test
  void theSideWhoseOtherWordsLiveOnInOtherCopiesIsUpstream() {
    // An excerpt and a longer copy of it: the excerpt is more of the shared text (containment
    // says it is the copy), but other documents carry 95 of its 100 other words and only 60 of
    // the longer text's 300.
    DocumentClues excerpt = clues(meta("a", "Site A"), 250);
    DocumentClues longer = clues(meta("b", "Site B"), 450);
    PairScore pair =
        pair(excerpt, longer, 150, 150).toBuilder()
            .setOutsideSharedA(95)
            .setOutsideSharedB(60)
            .build();
    CopyEdge edge = DirectionRules.decide(pair).get(0);
    assertEquals("a", edge.getSource());
    assertTrue(
        edge.getReasons().get(0).startsWith("other documents carry 95% of the words of a"),
        edge.getReasons().toString());
    assertTrue(
        edge.getReasons().stream().noneMatch(r -> r.contains("the copy is the text made of")),
        "replaces containment");
  }

  @Test
  void carriedWordsSayNothingUntilKnownOrWhenFew() {
    DocumentClues excerpt = clues(meta("a", "Site A"), 250);
    DocumentClues longer = clues(meta("b", "Site B"), 450);
    PairScore unknown = pair(excerpt, longer, 150, 150);
    assertEquals("b", DirectionRules.decide(unknown).get(0).getSource(), "-1: not yet measured");
    PairScore few = unknown.toBuilder().setOutsideSharedA(11).setOutsideSharedB(0).build();
    assertEquals("b", DirectionRules.decide(few).get(0).getSource(), "under a sentence's worth");
  }
}
