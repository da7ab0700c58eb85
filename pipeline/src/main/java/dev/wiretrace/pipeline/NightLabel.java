package dev.wiretrace.pipeline;

import com.google.re2j.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The night a run stands for. Nights order the index by their text, so they must begin with an ISO
 * date: then text order is time order.
 */
final class NightLabel {
  private static final Pattern NIGHT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T_.-][0-9A-Za-z:._-]*)?");

  private NightLabel() {}

  /**
   * The given night, else the input folder's name when it is a night; null for a run without an
   * index that names none.
   */
  static @Nullable String resolve(@Nullable String night, String input, boolean indexed)
      throws UsageException {
    if (night != null && !night.isBlank()) {
      if (!NIGHT.matcher(night).matches()) {
        throw new UsageException(
            "--night=" + night + " is not an ISO date such as 2026-11-22 (nights order the index)");
      }
      return night;
    }
    String folder = lastSegment(input);
    if (NIGHT.matcher(folder).matches()) {
      return folder;
    }
    if (indexed) {
      throw new UsageException(
          "--index needs the night: pass --night=2026-11-22, or read a folder named after it,"
              + " such as corpus/2026-11-22");
    }
    return null;
  }

  private static String lastSegment(String input) {
    String trimmed = input;
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    int wildcard = trimmed.indexOf('*');
    if (wildcard >= 0) {
      trimmed = trimmed.substring(0, Math.max(0, trimmed.lastIndexOf('/', wildcard)));
    }
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
