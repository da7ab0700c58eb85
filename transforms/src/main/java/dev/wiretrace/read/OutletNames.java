package dev.wiretrace.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Derives an outlet name from an article URL when the manifest gives none. */
public final class OutletNames {
  private OutletNames() {}

  /** The URL's host without a leading {@code www.}, e.g. {@code presstv.ir}. */
  public static Optional<String> fromUrl(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String withScheme = url.contains("://") ? url.trim() : "http://" + url.trim();
    try {
      String host = new URI(withScheme).getHost();
      if (host == null || host.isBlank()) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
