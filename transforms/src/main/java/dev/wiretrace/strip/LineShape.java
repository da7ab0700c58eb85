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
    int words = s.isEmpty() ? 0 : s.split(" ").length;
    int letters = 0;
    int visible = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        continue;
      }
      visible++;
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    String end = s.replaceAll("[\"')\\]]+$", "");
    boolean sentenceEnd =
        end.endsWith(".") || end.endsWith("!") || end.endsWith("?") || end.endsWith(":");
    return new LineShape(words, sentenceEnd, visible == 0 ? 0 : (double) letters / visible);
  }

  /** Short and unpunctuated: a label, a button, a headline; context decides which. */
  boolean isFragment() {
    return words <= 4 && !endsLikeSentence;
  }

  /** Reads like running text: long enough and ends as a sentence does. */
  boolean isSentenceLike() {
    return words >= 10 && endsLikeSentence;
  }
}
