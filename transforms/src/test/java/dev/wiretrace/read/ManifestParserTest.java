package dev.wiretrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wiretrace.model.ManifestEntry;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestParserTest {
  @Test
  void readsRowsAndNormalisesDates() throws IOException {
    ManifestParser.Result result =
        ManifestParser.parse(
            new StringReader(
                "id,outlet,url,published\n"
                    + "a.txt,Press TV,https://www.presstv.ir/x,2016-11-02T10:00:00+03:00\n"
                    + "b,\"FNA, Tehran\",,\n"),
            "manifest.csv");
    assertEquals(2, result.entries().size());
    ManifestEntry a = result.entries().get(0);
    assertEquals("a", a.getId());
    assertEquals("2016-11-02T07:00:00Z", a.getPublished());
    ManifestEntry b = result.entries().get(1);
    assertEquals("FNA, Tehran", b.getOutlet());
    assertNull(b.getUrl());
    assertNull(b.getPublished());
    assertTrue(result.problems().isEmpty());
  }

  @Test
  void badDateKeepsTheRowAndReportsIt() throws IOException {
    ManifestParser.Result result =
        ManifestParser.parse(
            new StringReader("id,outlet,url,published\nx,Outlet,,yesterday\n,NoId,,\n"), "m.csv");
    assertEquals(1, result.entries().size());
    assertNull(result.entries().get(0).getPublished());
    assertEquals(2, result.problems().size());
    assertEquals(ManifestParser.BAD_DATE, result.problems().get(0).getReason());
    assertEquals("m.csv:2", result.problems().get(0).getInput());
    assertEquals(ManifestParser.BAD_ROW, result.problems().get(1).getReason());
  }

  @Test
  void headerWithoutIdIsAnError() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> ManifestParser.parse(new StringReader("name,outlet\nx,y\n"), "m.csv"));
    assertTrue(e.getMessage().contains("no 'id' column"));
  }

  @Test
  void publishedTimeAcceptsCommonIsoForms() {
    assertEquals("2016-11-02T00:00:00Z", PublishedTime.parseIso("2016-11-02").orElseThrow());
    assertEquals(
        "2016-11-02T19:50:06Z", PublishedTime.parseIso("2016-11-02T19:50:06").orElseThrow());
    assertEquals(
        "2016-11-02T19:50:06Z", PublishedTime.parseIso("2016-11-02T19:50:06Z").orElseThrow());
    assertTrue(PublishedTime.parseIso("02/11/2016").isEmpty());
  }

  @Test
  void outletFromUrlDropsWww() {
    assertEquals(
        "presstv.ir", OutletNames.fromUrl("https://www.presstv.ir/Detail/2016").orElseThrow());
    assertEquals("tass.com", OutletNames.fromUrl("tass.com/politics/1").orElseThrow());
    assertTrue(OutletNames.fromUrl("").isEmpty());
  }

  /**
   * What spreadsheets and scripts write: a BOM, CRLF, quotes, columns of their own, a row twice.
   */
  @Test
  void readsManifestsAsSpreadsheetsWriteThem() throws IOException {
    ManifestParser.Result result =
        ManifestParser.parse(
            new StringReader(
                "\uFEFFid,outlet,section,url,published,notes\r\n"
                    + "a,\"Press TV\",World,https://x.example/a,2016-11-02,\"said \"\"hi\"\", then left\"\r\n"
                    + "b,FNA,,,,\r\n"
                    + "a,Other Outlet,,,,\r\n"),
            "manifest.csv");
    assertEquals(List.of("a", "b"), result.entries().stream().map(ManifestEntry::getId).toList());
    assertEquals("Press TV", result.entries().get(0).getOutlet());
    assertEquals("2016-11-02T00:00:00Z", result.entries().get(0).getPublished());
    assertEquals(1, result.problems().size());
    assertEquals(ManifestParser.DUPLICATE_ROW, result.problems().get(0).getReason());
    assertEquals("manifest.csv:4", result.problems().get(0).getInput());
    assertTrue(
        result.problems().get(0).getDetail().contains("the first is row 2"),
        result.problems().get(0).getDetail());
  }
}
