package dev.wiretrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexVersionTest {
  private static IndexVersion.Segment segment(String night, long documents) {
    return IndexVersion.Segment.ofNight(
        night,
        "segments/" + night + "/abc",
        documents,
        "abc" + documents,
        List.of(new IndexVersion.IndexFile("keys-00-of-08.avro", 100)));
  }

  @Test
  void rendersAndParsesBackTheSameSegmentsInNightOrder() {
    IndexVersion version =
        IndexVersion.empty().with(segment("2026-11-22", 3)).with(segment("2026-11-21", 2));
    IndexVersion parsed = IndexVersion.parse(version.render(), "index.json");
    assertEquals(List.of(segment("2026-11-21", 2), segment("2026-11-22", 3)), parsed.segments());
    assertEquals(version.render(), parsed.render());
    assertEquals(5, parsed.documents());
  }

  @Test
  void aNightIsMatchedOnlyAgainstEarlierNightsAndARerunReplacesItsSegment() {
    IndexVersion version =
        IndexVersion.empty()
            .with(segment("2026-11-21", 2))
            .with(segment("2026-11-22", 3))
            .with(segment("2026-11-23", 1));
    assertEquals(List.of(segment("2026-11-21", 2)), version.segmentsBetween("", "2026-11-22"));
    assertEquals(List.of(), version.droppedIn(version));
    assertEquals(
        List.of(segment("2026-11-22", 3)), version.segmentsBetween("2026-11-22", "2026-11-23"));
    assertEquals(List.of(), version.segmentsBetween("2026-11-22", "2026-11-22"));
    IndexVersion rerun = version.with(segment("2026-11-22", 4));
    assertEquals(3, rerun.segments().size());
    assertEquals(7, rerun.documents());
  }

  @Test
  void aCompactedSegmentIsReadForItsNightsInRangeAndLosesANightRunAgain() {
    IndexVersion.Segment compacted =
        new IndexVersion.Segment(
            "segments/compacted/c1",
            "c1",
            List.of(new IndexVersion.IndexFile("keys-00-of-08.avro", 300)),
            new java.util.TreeMap<>(
                java.util.Map.of(
                    "2026-11-21", new IndexVersion.Night(2, "d21"),
                    "2026-11-22", new IndexVersion.Night(3, "d22"),
                    "2026-11-23", new IndexVersion.Night(4, "d23"))));
    IndexVersion version = IndexVersion.empty().with(compacted);
    IndexVersion.Segment read = version.segmentsBetween("2026-11-22", "2026-11-24").get(0);
    assertEquals(List.of("2026-11-22", "2026-11-23"), List.copyOf(read.nights().keySet()));
    assertEquals(7, read.documents());
    assertEquals(5, version.segmentsBetween("", "2026-11-23").get(0).documents());

    IndexVersion rerun = version.with(segment("2026-11-22", 5));
    assertEquals(2, rerun.segments().size());
    assertEquals(11, rerun.documents());
    assertEquals("segments/2026-11-22/abc", rerun.segmentFor("2026-11-22").orElseThrow().path());
    assertEquals(
        List.of("2026-11-21", "2026-11-23"),
        List.copyOf(rerun.segmentFor("2026-11-21").orElseThrow().nights().keySet()));
    assertEquals(List.of(), version.droppedIn(rerun));
    assertEquals(rerun.render(), IndexVersion.parse(rerun.render(), "index.json").render());
  }

  @Test
  void aLookBackStartsThatManyDaysBeforeTheNightsDate() {
    assertEquals("", IndexStore.firstNightRead("2026-11-22", 0));
    assertEquals("2026-11-20", IndexStore.firstNightRead("2026-11-22", 2));
    assertEquals("2026-11-21", IndexStore.firstNightRead("2026-11-22T06:00", 1));
    assertEquals("2026-02-27", IndexStore.firstNightRead("2026-03-01", 2));
    // A night of the first day read is read whatever its time: "2026-11-20T23" sorts after
    // "2026-11-20".
    assertTrue("2026-11-20T23".compareTo(IndexStore.firstNightRead("2026-11-22", 2)) >= 0);
  }

  @Test
  void damagedOrForeignIndexJsonIsNamedInTheError() {
    CorruptIndexException truncated =
        assertThrows(
            CorruptIndexException.class,
            () -> IndexVersion.parse("{\"format\": \"wire", "idx/index.json"));
    assertTrue(
        truncated.getMessage().startsWith("idx/index.json is not valid JSON"),
        truncated.getMessage());
    CorruptIndexException foreign =
        assertThrows(
            CorruptIndexException.class,
            () -> IndexVersion.parse("{\"format\": \"other/9\"}", "idx/index.json"));
    assertEquals(
        "idx/index.json has format \"other/9\"; this wiretrace reads wiretrace-index/2",
        foreign.getMessage());
    CorruptIndexException older =
        assertThrows(
            CorruptIndexException.class,
            () -> IndexVersion.parse("{\"format\": \"wiretrace-index/1\"}", "idx/index.json"));
    assertTrue(older.getMessage().contains("wiretrace-index compact"), older.getMessage());
    String noPath =
        IndexVersion.empty()
            .render()
            .replace("\"segments\" : [ ]", "\"segments\" : [ {\"night\": \"2026-11-21\"} ]");
    assertThrows(CorruptIndexException.class, () -> IndexVersion.parse(noPath, "index.json"));
  }
}
