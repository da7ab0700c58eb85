package dev.wiretrace.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The sources are stored by label in the index: each label reads back as its source. */
class SourceLabelsTest {
  @Test
  void everyLabelReadsBackAsItsSource() {
    for (OutletSource source : OutletSource.values()) {
      assertEquals(source, OutletSource.of(source.label()));
    }
    for (PublishedSource source : PublishedSource.values()) {
      assertEquals(source, PublishedSource.of(source.label()));
    }
  }

  @Test
  void aMetaReadsItsStoredLabelsAsSources() {
    DocumentMeta meta =
        DocumentMeta.builder()
            .setId("a")
            .setOutletSource(OutletSource.URL)
            .setPublishedSource(PublishedSource.TEXT)
            .build();
    assertEquals("url", meta.getOutletSource());
    assertEquals("text", meta.getPublishedSource());
    assertEquals(OutletSource.URL, meta.outletSource());
    assertEquals(PublishedSource.TEXT, meta.publishedSource());
    assertEquals(OutletSource.UNKNOWN, DocumentMeta.builder().setId("b").build().outletSource());
    assertNull(DocumentMeta.builder().setId("b").build().publishedSource());
  }

  @Test
  void aLabelThisVersionDoesNotKnowIsNoSource() {
    assertEquals(OutletSource.UNKNOWN, OutletSource.of("carrier-pigeon"));
    assertNull(PublishedSource.of("carrier-pigeon"));
    assertNull(PublishedSource.of(null));
  }
}
