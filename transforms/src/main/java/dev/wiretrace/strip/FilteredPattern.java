package dev.wiretrace.strip;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/** A regex searched for only in lines that hold the text it requires ({@link RequiredText}). */
final class FilteredPattern implements Serializable {
  private final String regex;
  private final int flags;

  /** From {@link CompiledPatterns} again after deserialisation, not compiled for every copy. */
  private transient Pattern pattern;

  private final RequiredText required;

  private FilteredPattern(String regex, int flags) {
    this.regex = regex;
    this.flags = flags;
    this.pattern = CompiledPatterns.compile(regex, flags);
    this.required = RequiredText.of(pattern);
  }

  static FilteredPattern compile(String regex) {
    return new FilteredPattern(regex, 0);
  }

  static FilteredPattern compile(String regex, int flags) {
    return new FilteredPattern(regex, flags);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    pattern = CompiledPatterns.compile(regex, flags);
  }

  /** Whether the regex is found in {@code line}, whose {@link RequiredText#fold} is given. */
  boolean find(String line, String foldedLine) {
    return required.foundIn(foldedLine) && pattern.matcher(line).find();
  }

  Pattern pattern() {
    return pattern;
  }
}
