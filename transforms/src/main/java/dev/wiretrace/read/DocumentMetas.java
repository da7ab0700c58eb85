package dev.wiretrace.read;

import dev.wiretrace.model.DocumentMeta;
import dev.wiretrace.model.ManifestEntry;
import dev.wiretrace.model.OutletSource;
import dev.wiretrace.model.PublishedSource;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What a document's manifest row says of it: its URL, its published time, and its outlet, named by
 * the manifest or else by the URL's host (the text's own credits may name it later, in profiling).
 */
public final class DocumentMetas {
  private DocumentMetas() {}

  /** The metadata of document {@code id}, read on {@code night}, with its manifest row if any. */
  public static DocumentMeta of(String id, @Nullable ManifestEntry entry, @Nullable String night) {
    DocumentMeta.Builder meta = DocumentMeta.builder().setId(id).setNight(night);
    if (entry == null) {
      return meta.build();
    }
    meta.setUrl(entry.getUrl());
    if (entry.getPublished() != null) {
      meta.setPublished(entry.getPublished()).setPublishedSource(PublishedSource.MANIFEST);
    }
    if (entry.getOutlet() != null) {
      return meta.setOutlet(entry.getOutlet()).setOutletSource(OutletSource.MANIFEST).build();
    }
    OutletNames.fromUrl(entry.getUrl())
        .ifPresent(host -> meta.setOutlet(host).setOutletSource(OutletSource.URL));
    return meta.build();
  }
}
