package dev.wiretrace.direction;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.wiretrace.strip.CompiledPatterns;
import dev.wiretrace.strip.RequiredText;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A regex in which a placeholder stands for any of a set of names, matched as a whole word. RE2 has
 * no look-arounds, and its {@code \b} knows ASCII letters only, so "a whole word" is checked here:
 * a match whose name touches a letter on either side is passed over.
 */
final class NamePattern implements Serializable {
  /** A match: the name as written, and the whole matched text. */
  record Match(String name, String text) {}

  private static final String GROUP = "name";

  private final String regex;

  /** From {@link CompiledPatterns} again after deserialisation, not compiled for every copy. */
  private transient Pattern pattern;

  /**
   * Text outside the names that every match holds ("according to", "reported"...): a sentence
   * without it is passed over before the names' alternation, which RE2/J's NFA would otherwise try
   * at every position of it, hundreds of names at a time.
   */
  private final RequiredText required;

  private NamePattern(String regex, RequiredText required) {
    this.regex = regex;
    this.pattern = CompiledPatterns.compile(regex, 0);
    this.required = required;
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    pattern = CompiledPatterns.compile(regex, 0);
  }

  /**
   * Replaces {@code placeholder} in {@code template} with a group matching any of {@code names},
   * longest names first.
   */
  static NamePattern compile(String template, String placeholder, Collection<String> names) {
    String alternation =
        names.stream()
            .filter(n -> !n.isBlank())
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(n -> n))
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    // A name no text holds: the template then never matches.
    String named =
        "(?P<"
            + GROUP
            + ">"
            + (alternation.isEmpty() ? "\\x{10FFFF}\\x{10FFFE}" : alternation)
            + ")";
    // The name's own check below stands for a "\b" after it, which RE2 would apply to ASCII only.
    String withoutNameBoundary = template.replace(placeholder + "\\b", placeholder);
    // Any one character stands for the name: the pieces found are the template's own.
    RequiredText outsideNames =
        RequiredText.of(Pattern.compile(withoutNameBoundary.replace(placeholder, "(?:.)")));
    return new NamePattern(withoutNameBoundary.replace(placeholder, named), outsideNames);
  }

  /** Whether sentences are passed over by the template's own text before the regex runs. */
  boolean filtersByTemplateText() {
    return required.filters();
  }

  /** The first match in {@code text}, or null. */
  Match find(String text) {
    List<Match> first = matches(text, 1);
    return first.isEmpty() ? null : first.get(0);
  }

  /** Every match in {@code text}, left to right, none overlapping. */
  List<Match> findAll(String text) {
    return matches(text, Integer.MAX_VALUE);
  }

  private List<Match> matches(String text, int limit) {
    List<Match> found = new ArrayList<>();
    if (required.filters() && !required.foundIn(RequiredText.fold(text))) {
      return found;
    }
    Matcher m = pattern.matcher(text);
    int from = 0;
    while (found.size() < limit && from <= text.length() && m.find(from)) {
      int start = m.start(GROUP);
      int end = m.end(GROUP);
      if (standsAlone(text, start, end)) {
        found.add(new Match(m.group(GROUP), m.group()));
        from = Math.max(m.end(), m.start() + 1);
      } else {
        from = m.start() + 1;
      }
    }
    return found;
  }

  private static boolean standsAlone(String text, int start, int end) {
    return (start == 0 || !Character.isLetter(text.codePointBefore(start)))
        && (end == text.length() || !Character.isLetter(text.codePointAt(end)));
  }
}
