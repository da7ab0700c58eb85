package dev.wiretrace.strip;

/** Shallow text features of one line, as jusText and C4's line filters use them. */
final class LineShape {
  final int words;
  final boolean endsLikeSentence;
  final double letterShare;

  private LineShape(int words, boolean endsLikeSentence, double letterShare) {
    this.words = words;
    this.endsLikeSentence = endsLikeSentence;
    this.letterShare = letterShare;
  }

  static LineShape of(String normalisedLine) {
    String s = normalisedLine.trim();
    // pieces between single spaces, as String.split(" ") counts them on a trimmed line
    int words = s.isEmpty() ? 0 : 1;
    int letters = 0;
    int visible = 0;
    int unspacedLetters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        words++;
        continue;
      }
      visible++;
      if (Character.isLetter(c)) {
        letters++;
        if (isUnspacedScript(c)) {
          unspacedLetters++;
        }
      }
    }
    // Chinese and Japanese put no spaces between words, which run to about two characters.
    words += unspacedLetters / 2;
    int end = s.length();
    while (end > 0 && isClosing(s.charAt(end - 1))) {
      end--;
    }
    char last = end > 0 ? s.charAt(end - 1) : ' ';
    boolean sentenceEnd =
        last == '.'
            || last == '!'
            || last == '?'
            || last == ':'
            || last == '。'
            || last == '！'
            || last == '？';
    if (last == '…' || (last == '.' && end >= 3 && s.startsWith("..", end - 3))) {
      sentenceEnd = false; // a teaser cut short, not a sentence's end
    }
    return new LineShape(words, sentenceEnd, visible == 0 ? 0 : (double) letters / visible);
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '」' || c == '』' || c == '）';
  }

  /** No character below U+2E80 is Han, Hiragana or Katakana (checked over every char). */
  private static final char FIRST_UNSPACED_SCRIPT_CHAR = '\u2E80';

  static boolean isUnspacedScript(char c) {
    // the script lookup is a binary search, too dear for every letter of running text
    if (c < FIRST_UNSPACED_SCRIPT_CHAR) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /** A fragment (a label, a button) has at most this many words. */
  static final int MAX_FRAGMENT_WORDS = 4;

  /** Running text has at least this many words. */
  static final int MIN_SENTENCE_WORDS = 10;

  /** Short and unpunctuated: a label, a button, a headline; context decides which. */
  boolean isFragment() {
    return words <= MAX_FRAGMENT_WORDS && !endsLikeSentence;
  }

  /** Reads like running text: long enough and ends as a sentence does. */
  boolean isSentenceLike() {
    return words >= MIN_SENTENCE_WORDS && endsLikeSentence;
  }
}
