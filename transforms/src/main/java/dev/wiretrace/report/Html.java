package dev.wiretrace.report;

import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Escaping for the report. Everything in it that came from a scraped page is untrusted: it must
 * read as text in an element, an attribute or SVG, never as markup or script.
 */
public final class Html {
  private Html() {}

  /** Text safe in element content and in quoted attribute values; null becomes empty. */
  public static String text(@Nullable String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // Control characters other than tab and newline are not allowed in XML (the SVG).
          if (c < 0x20 && c != '\t' && c != '\n') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * A link target for a document's URL, or null when it is not an http(s) URL: a scraped {@code
   * javascript:} or {@code data:} URL must not become a link a reader can click.
   */
  public static @Nullable String safeUrl(@Nullable String url) {
    if (url == null) {
      return null;
    }
    String trimmed = url.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("http://") || lower.startsWith("https://")) && !trimmed.contains(" ")) {
      return trimmed;
    }
    return null;
  }

  /** A lower-case key for the page's search box, from any number of fields. */
  public static String searchKey(@Nullable String... fields) {
    StringBuilder key = new StringBuilder();
    for (String field : fields) {
      if (field != null) {
        key.append(field.toLowerCase(Locale.ROOT)).append(' ');
      }
    }
    return key.toString().strip();
  }
}
