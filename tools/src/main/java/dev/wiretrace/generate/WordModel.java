package dev.wiretrace.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sentences that look like news to the pipeline: English function words at their usual density, and
 * a large Zipf-distributed vocabulary of made-up content words, so that five-word runs repeat by
 * chance about as rarely as in real text.
 */
final class WordModel {
  private static final String[] FUNCTION_WORDS = {
    "the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "with", "as", "by", "at",
    "from", "it", "his", "her", "their", "said", "would", "has", "have", "had", "will", "be", "not",
    "but", "after", "over", "which", "who", "this", "an", "its"
  };
  private static final String SYLLABLES =
      "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu"
          + " ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu";
  private static final int VOCABULARY = 40_000;

  private final String[] vocabulary;
  private final double[] cumulative;

  WordModel(long seed) {
    Random random = new Random(seed);
    String[] syllables = SYLLABLES.split(" ");
    vocabulary = new String[VOCABULARY];
    for (int i = 0; i < VOCABULARY; i++) {
      StringBuilder word = new StringBuilder();
      int length = 2 + random.nextInt(3);
      for (int s = 0; s < length; s++) {
        word.append(syllables[random.nextInt(syllables.length)]);
      }
      vocabulary[i] = word.toString();
    }
    cumulative = new double[VOCABULARY];
    double total = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      total += 1.0 / (i + 1);
      cumulative[i] = total;
    }
    for (int i = 0; i < VOCABULARY; i++) {
      cumulative[i] /= total;
    }
  }

  String word(Random random) {
    if (random.nextDouble() < 0.45) {
      return FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)];
    }
    int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
    return vocabulary[Math.min(VOCABULARY - 1, index < 0 ? -index - 1 : index)];
  }

  /** A sentence of news-like length (mean about 22 words), capitalised, with a full stop. */
  String sentence(Random random) {
    int length = (int) Math.max(6, Math.min(45, Math.round(22 + 8 * random.nextGaussian())));
    return words(random, length) + ".";
  }

  String headline(Random random) {
    return words(random, 6 + random.nextInt(6));
  }

  String words(Random random, int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add(word(random));
    }
    String text = String.join(" ", words);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The sentence with about {@code share} of its words replaced: a light rewrite. */
  String reword(String sentence, double share, Random random) {
    String[] words = sentence.substring(0, sentence.length() - 1).split(" ");
    for (int i = 0; i < words.length; i++) {
      if (random.nextDouble() < share) {
        words[i] = word(random);
      }
    }
    String text = String.join(" ", words);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }
}
