package dev.wiretrace.direction;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds regexes where a placeholder stands for any of a set of names. */
final class NamePatterns {
  private NamePatterns() {}

  /**
   * Replaces {@code placeholder} in {@code template} with a named group {@code group} matching any
   * of {@code names} as a whole word, longest names first.
   */
  static Pattern compile(String template, String placeholder, String group, Collection<String> names) {
    String alternation =
        names.stream()
            .filter(n -> !n.isBlank())
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(n -> n))
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    if (alternation.isEmpty()) {
      alternation = "(?!)";
    }
    String named = "(?<!\\p{L})(?<" + group + ">" + alternation + ")(?!\\p{L})";
    return Pattern.compile(template.replace(placeholder, named));
  }
}
