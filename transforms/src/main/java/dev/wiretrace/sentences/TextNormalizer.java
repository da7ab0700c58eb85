package dev.wiretrace.sentences;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Canonical forms of text, so that copies match whatever their typography: Unicode NFKC, one kind
 * of quote, one kind of dash, one kind of space, lower case, and words without punctuation.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** NFKC with quotes, dashes, ellipses and spaces unified; case and punctuation kept. */
  public static String typographic(String text) {
    if (isPlainAscii(text)) {
      return text;
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4' -> out.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> out.append('"');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> out.append('-');
        case '\u2026' -> out.append("...");
        case '\u00A0', '\u2007', '\u202F', '\u200B', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** ASCII without a backtick or tab is already in the form {@link #typographic} gives. */
  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || c == '`' || c == '\t') {
        return false;
      }
    }
    return true;
  }

  /** {@link #typographic} with white space collapsed and trimmed: the form rules match against. */
  public static String line(String text) {
    String t = typographic(text);
    StringBuilder out = new StringBuilder(t.length());
    boolean inSpace = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      // the white space of the regex \s: space, \t, \n, \u000B, \f, \r
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        if (!inSpace) {
          out.append(' ');
          inSpace = true;
        }
      } else {
        out.append(c);
        inSpace = false;
      }
    }
    return out.toString().trim();
  }

  /**
   * The words of {@code text}: lower case, apostrophes inside words dropped ("Moscow's" becomes
   * "moscows"), every other non-letter, non-digit character a separator.
   */
  public static List<String> words(String text) {
    String t = typographic(text).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c == '\'' && word.length() > 0 && i + 1 < t.length()
          && Character.isLetter(t.charAt(i + 1))) {
        // an apostrophe inside a word joins it
      } else if (Character.getType(c) == Character.NON_SPACING_MARK && word.length() > 0) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** The normalised form of a sentence: its words joined by single spaces. */
  public static String normalised(String text) {
    return String.join(" ", words(text));
  }
}
