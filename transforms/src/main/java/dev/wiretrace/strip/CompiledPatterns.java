package dev.wiretrace.strip;

import com.google.re2j.Pattern;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RE2/J patterns compiled once per JVM. A runner deserialises a step's function for every bundle it
 * runs (the DirectRunner twice), and a deserialised RE2/J pattern is parsed and compiled again: for
 * the boilerplate rules and the credit and attribution templates, 4% of a DirectRunner run's
 * samples went to that. The classes that hold patterns serialise the regex and take the compiled
 * pattern from here. RE2/J patterns are immutable and safe to share between threads.
 */
public final class CompiledPatterns {
  /** Far above any run's rules and templates; a JVM that runs many jobs starts afresh past it. */
  private static final int MAX_PATTERNS = 20_000;

  private static final Map<Key, Pattern> COMPILED = new ConcurrentHashMap<>();

  private record Key(String regex, int flags) {}

  private CompiledPatterns() {}

  public static Pattern compile(String regex, int flags) {
    if (COMPILED.size() > MAX_PATTERNS) {
      COMPILED.clear();
    }
    return COMPILED.computeIfAbsent(new Key(regex, flags), k -> Pattern.compile(regex, flags));
  }
}
