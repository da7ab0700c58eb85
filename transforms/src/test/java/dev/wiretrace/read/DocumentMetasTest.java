package dev.wiretrace.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.wiretrace.model.DocumentMeta;
import dev.wiretrace.model.ManifestEntry;
import dev.wiretrace.model.OutletSource;
import dev.wiretrace.model.PublishedSource;
import org.junit.jupiter.api.Test;

class DocumentMetasTest {
  @Test
  void theManifestsOutletComesFirst() {
    DocumentMeta meta =
        DocumentMetas.of(
            "a",
            ManifestEntry.create(
                "a", "Press TV", "https://www.presstv.ir/x", "2026-11-22T08:00:00Z", 2),
            "2026-11-22");
    assertEquals("Press TV", meta.getOutlet());
    assertEquals(OutletSource.MANIFEST, meta.outletSource());
    assertEquals("2026-11-22T08:00:00Z", meta.getPublished());
    assertEquals(PublishedSource.MANIFEST, meta.publishedSource());
    assertEquals("2026-11-22", meta.getNight());
  }

  @Test
  void withoutOneTheUrlsHostNamesTheOutlet() {
    DocumentMeta meta =
        DocumentMetas.of(
            "b", ManifestEntry.create("b", null, "https://www.presstv.ir/x", null, 3), null);
    assertEquals("presstv.ir", meta.getOutlet());
    assertEquals(OutletSource.URL, meta.outletSource());
    assertNull(meta.publishedSource());
  }

  @Test
  void withoutARowOnlyTheIdAndNightAreKnown() {
    DocumentMeta meta = DocumentMetas.of("c", null, "2026-11-22");
    assertNull(meta.getOutlet());
    assertEquals(OutletSource.UNKNOWN, meta.outletSource());
    assertNull(meta.getUrl());
    assertEquals("2026-11-22", meta.getNight());
  }
}
