package dev.wiretrace.sentences;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits article text into paragraphs and sentences. Rule-based, for English news: it knows titles
 * and month abbreviations ("Gen.", "Nov."), initials ("John F. Kennedy"), dotted acronyms ("U.S."),
 * ellipses, and closing quotes after the final stop.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
          "adm", "gov", "sen", "rep", "rev", "hon", "st", "jr", "sr", "pres", "amb", "supt", "insp",
          "det", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "plc", "mt", "ft",
          "ave", "blvd", "dept", "univ", "approx", "est", "fig", "al", "cf", "ie", "eg", "art",
          "vol", "pp", "ch", "sec", "op", "ed", "eds", "govt", "min", "max");

  /** Words that start a new sentence after a dotted acronym such as "U.S.". */
  private static final Set<String> SENTENCE_STARTERS =
      Set.of(
          "the",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "but",
          "and",
          "in",
          "on",
          "at",
          "this",
          "that",
          "these",
          "those",
          "there",
          "a",
          "an",
          "his",
          "her",
          "their",
          "its",
          "our",
          "meanwhile",
          "however",
          "earlier",
          "later",
          "last",
          "after",
          "before",
          "while",
          "if",
          "as",
          "when",
          "mr",
          "mrs",
          "ms");

  /** "U.S." or "e.g.": letters with dots between them. */
  private static final Pattern INITIALISM = Pattern.compile("(\\p{L}\\.)+\\p{L}");

  /** A line at least this long that runs into the next line is a hard-wrapped sentence. */
  private static final int WRAPPED_LINE_LENGTH = 60;

  private SentenceSplitter() {}

  /**
   * Paragraphs: runs of non-blank lines, where a line joins the next only if it is a sentence
   * wrapped at the line end (no final stop, and the next line continues in lower case or the line
   * is long); otherwise each line is its own paragraph, as headlines and datelines are.
   */
  public static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String previous = null;
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        flush(current, paragraphs);
        previous = null;
        continue;
      }
      if (previous != null && !continuesInto(previous, line)) {
        flush(current, paragraphs);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
      previous = line;
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  private static boolean continuesInto(String line, String next) {
    if (endsSentence(line)) {
      return false;
    }
    char first = next.charAt(0);
    return Character.isLowerCase(first) || line.length() >= WRAPPED_LINE_LENGTH;
  }

  private static boolean endsSentence(String line) {
    int end = line.length();
    while (end > 0 && "\"'”’)]»".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?…:".indexOf(line.charAt(end - 1)) >= 0;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  /** Every sentence of {@code text}, paragraph by paragraph, trimmed. */
  public static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (String paragraph : paragraphs(text)) {
      sentences.addAll(split(paragraph));
    }
    return sentences;
  }

  /** Splits one paragraph into sentences. */
  public static List<String> split(String paragraph) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    int n = paragraph.length();
    for (int i = 0; i < n; i++) {
      char c = paragraph.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int end = i + 1;
      boolean ellipsis = c == '…';
      while (end < n && (paragraph.charAt(end) == '.' || paragraph.charAt(end) == '…')) {
        ellipsis = true;
        end++;
      }
      while (end < n && isClosing(paragraph.charAt(end))) {
        end++;
      }
      if (end < n && !Character.isWhitespace(paragraph.charAt(end))) {
        i = end - 1;
        continue;
      }
      int next = end;
      while (next < n && Character.isWhitespace(paragraph.charAt(next))) {
        next++;
      }
      if (next < n && !startsSentence(paragraph, next)) {
        i = end - 1;
        continue;
      }
      if (c == '.' && !ellipsis && !isRealStop(paragraph, i, next)) {
        i = end - 1;
        continue;
      }
      add(sentences, paragraph.substring(start, end));
      start = next;
      i = next - 1;
    }
    if (start < n) {
      add(sentences, paragraph.substring(start));
    }
    return sentences;
  }

  private static void add(List<String> sentences, String sentence) {
    String s = sentence.strip();
    if (!s.isEmpty()) {
      sentences.add(s);
    }
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  private static boolean startsSentence(String text, int at) {
    char c = text.charAt(at);
    if (c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '«') {
      return at + 1 < text.length()
          && (Character.isUpperCase(text.charAt(at + 1)) || Character.isDigit(text.charAt(at + 1)));
    }
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  /** Whether the period at {@code dot} ends a sentence rather than an abbreviation or initial. */
  private static boolean isRealStop(String text, int dot, int nextWordStart) {
    int wordStart = dot;
    while (wordStart > 0
        && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
      wordStart--;
    }
    String word = text.substring(wordStart, dot);
    if (word.isEmpty()) {
      return true;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (ABBREVIATIONS.contains(lower)) {
      return false;
    }
    if (INITIALISM.matcher(word).matches()) {
      return SENTENCE_STARTERS.contains(nextWord(text, nextWordStart));
    }
    return true;
  }

  private static String nextWord(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
  }
}
