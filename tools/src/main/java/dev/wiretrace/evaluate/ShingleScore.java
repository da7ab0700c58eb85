package dev.wiretrace.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's score of one page: the true body and the kept text each become
 * a multiset of word 4-grams (words are runs of Unicode letters, digits and underscores); shared
 * 4-grams are true positives, the rest of the kept text false positives, the rest of the body false
 * negatives.
 */
public record ShingleScore(long truePositives, long falsePositives, long falseNegatives) {
  private static final int N = 4;

  public static ShingleScore of(String trueBody, String kept) {
    Map<String, Integer> truth = shingles(trueBody);
    Map<String, Integer> found = shingles(kept);
    long tp = 0;
    long keptTotal = 0;
    long trueTotal = 0;
    for (Map.Entry<String, Integer> e : found.entrySet()) {
      keptTotal += e.getValue();
      tp += Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0));
    }
    for (int count : truth.values()) {
      trueTotal += count;
    }
    return new ShingleScore(tp, keptTotal - tp, trueTotal - tp);
  }

  /** Nothing kept and nothing true is a perfect page, as the benchmark counts it. */
  public double precision() {
    long kept = truePositives + falsePositives;
    return kept == 0 ? 1.0 : (double) truePositives / kept;
  }

  public double recall() {
    long actual = truePositives + falseNegatives;
    return actual == 0 ? 1.0 : (double) truePositives / actual;
  }

  public boolean keptAnything() {
    return truePositives + falsePositives > 0;
  }

  public boolean hasTrueBody() {
    return truePositives + falseNegatives > 0;
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      words.add(text.substring(start, i));
    }
    return words;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '_';
  }

  static Map<String, Integer> shingles(String text) {
    List<String> words = words(text);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + N <= words.size(); i++) {
      counts.merge(String.join(" ", words.subList(i, i + N)), 1, Integer::sum);
    }
    return counts;
  }
}
