package dev.wiretrace.sentences;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

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
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4' ->
            out.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> out.append('"');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' ->
            out.append('-');
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
    StringBuilder joined = new StringBuilder(text.length());
    List<String> words = new ArrayList<>();
    int[] start = {0};
    appendWords(
        text,
        joined,
        end -> {
          words.add(joined.substring(start[0], end));
          start[0] = end + 1;
        });
    return words;
  }

  /**
   * Appends the {@link #words} of {@code text} to {@code joined}, each after a single space unless
   * {@code joined} is empty, and tells {@code wordEnd} where each word ends in {@code joined}. One
   * pass and no string per word: hashing calls it for every sentence of every document.
   */
  public static void appendWords(String text, StringBuilder joined, IntConsumer wordEnd) {
    String t = typographic(text);
    // typographic text has no backtick or tab left, so this tests for ASCII alone; were it wrong,
    // it would only send ASCII text down the slower, equally correct path
    if (!isPlainAscii(t)) {
      // String.toLowerCase, not per char: it knows the final sigma and the dotted capital I
      t = t.toLowerCase(Locale.ROOT);
    }
    boolean inWord = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (isLetterOrDigit(c)) {
        if (!inWord && joined.length() > 0) {
          joined.append(' ');
        }
        joined.append(c);
        inWord = true;
      } else if (c == '\'' && inWord && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1))) {
        // an apostrophe inside a word joins it
      } else if (inWord && c >= 0x80 && Character.getType(c) == Character.NON_SPACING_MARK) {
        joined.append(c);
      } else if (inWord) {
        wordEnd.accept(joined.length());
        inWord = false;
      }
    }
    if (inWord) {
      wordEnd.accept(joined.length());
    }
  }

  private static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  /** The normalised form of a sentence: its words joined by single spaces. */
  public static String normalised(String text) {
    StringBuilder joined = new StringBuilder(text.length());
    appendWords(text, joined, end -> {});
    return joined.toString();
  }
}
