package dev.wiretrace.match;

import dev.wiretrace.hash.HashedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Finds copies that paraphrase. A heavy rewrite changes word forms and order and breaks most
 * five-word runs, yet follows its source sentence by sentence and keeps most content words of each
 * sentence. Words become content stems (Snowball's English stemmer, its stop words left out); each
 * sentence of the text with fewer content words is aligned to the sentence of the other that shares
 * most of its stems, when that is at least half of them; and only the alignments in the order of
 * both texts count (the longest increasing chain): a rewrite keeps its source's order, while two
 * reports of one event share names and numbers but not sentence after sentence in order.
 */
public final class ParaphraseAligner {
  /** Stems a sentence must share with its partner, at least... */
  static final int MIN_SHARED_STEMS = 3;

  /** ...and this share of its own content stems. */
  static final double MIN_SENTENCE_SHARE = 0.5;

  /**
   * Sentences of the longer text aligned in order for a paraphrase: one or two similar sentences
   * are chance.
   */
  public static final int MIN_ALIGNED_SENTENCES = 3;

  /** Share of the aligned side's content words the alignment must cover. */
  static final double MIN_DOCUMENT_SHARE = 0.2;

  /**
   * Sentence pairs compared at most, about two 500-sentence texts: articles have tens of sentences,
   * and a hostile page of a hundred thousand one-word lines must not cost its partners minutes.
   */
  static final long MAX_SENTENCE_PAIRS = 250_000;

  /** Words shorter than this (numbers aside) carry no content: initials, particles. */
  private static final int MIN_WORD_LENGTH = 3;

  private static final CharArraySet STOP_WORDS = englishStopWords();

  private ParaphraseAligner() {}

  /**
   * Sentences of {@code a} and {@code b} aligned in order, with the content words each side shares
   * with its aligned sentence.
   *
   * @param sentencePairs sentence of a, sentence of b, in order
   */
  public record Alignment(List<int[]> sentencePairs, BitSet coveredA, BitSet coveredB) {}

  /** The in-order alignment of two texts, if it is long and broad enough to be a paraphrase. */
  public static Optional<Alignment> align(HashedText a, HashedText b) {
    if ((long) a.sentences().size() * b.sentences().size() > MAX_SENTENCE_PAIRS) {
      return Optional.empty();
    }
    Stems stemsA = Stems.of(a);
    Stems stemsB = Stems.of(b);
    boolean bIntoA = stemsB.contentWords <= stemsA.contentWords;
    Stems shorter = bIntoA ? stemsB : stemsA;
    Stems longer = bIntoA ? stemsA : stemsB;
    int[] partner = new int[shorter.sentences.size()];
    for (int s = 0; s < partner.length; s++) {
      partner[s] = bestPartner(shorter.sentences.get(s), longer.sentences);
    }
    int[] chain = longestOrderedChain(partner);
    if (Arrays.stream(chain).map(s -> partner[s]).distinct().count() < MIN_ALIGNED_SENTENCES) {
      return Optional.empty();
    }
    BitSet coveredShorter = new BitSet();
    BitSet coveredLonger = new BitSet();
    List<int[]> pairs = new ArrayList<>();
    for (int s : chain) {
      int l = partner[s];
      shorter.markShared(s, longer.sentences.get(l), coveredShorter);
      longer.markShared(l, shorter.sentences.get(s), coveredLonger);
      pairs.add(bIntoA ? new int[] {l, s} : new int[] {s, l});
    }
    if (coveredShorter.cardinality() < MIN_DOCUMENT_SHARE * shorter.contentWords) {
      return Optional.empty();
    }
    return Optional.of(
        bIntoA
            ? new Alignment(pairs, coveredLonger, coveredShorter)
            : new Alignment(pairs, coveredShorter, coveredLonger));
  }

  /** The sentence of {@code candidates} sharing most of {@code sentence}'s stems, or -1. */
  private static int bestPartner(Set<String> sentence, List<Set<String>> candidates) {
    if (sentence.size() < MIN_SHARED_STEMS) {
      return -1;
    }
    int best = -1;
    int bestShared = 0;
    for (int c = 0; c < candidates.size(); c++) {
      int shared = 0;
      for (String stem : sentence) {
        if (candidates.get(c).contains(stem)) {
          shared++;
        }
      }
      if (shared > bestShared) {
        best = c;
        bestShared = shared;
      }
    }
    boolean enough =
        bestShared >= MIN_SHARED_STEMS && bestShared >= MIN_SENTENCE_SHARE * sentence.size();
    return enough ? best : -1;
  }

  /**
   * The positions of the longest chain of partners that never decrease (partners of -1 left out),
   * in n log n (patience sorting): {@code tails[k]} is the position ending the chain of length k +
   * 1 with the smallest last partner. Two sentences may share a partner: a rewrite splits a long
   * sentence in two.
   */
  static int[] longestOrderedChain(int[] partner) {
    int n = partner.length;
    int[] tails = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      if (partner[i] < 0) {
        continue;
      }
      int low = 0;
      int high = length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (partner[tails[mid]] <= partner[i]) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      previous[i] = low > 0 ? tails[low - 1] : -1;
      tails[low] = i;
      length = Math.max(length, low + 1);
    }
    int[] chain = new int[length];
    for (int i = length == 0 ? -1 : tails[length - 1], k = length - 1;
        k >= 0;
        i = previous[i], k--) {
      chain[k] = i;
    }
    return chain;
  }

  /** A text's words as content stems (null for stop words), and each sentence's set of stems. */
  private static final class Stems {
    private final HashedText text;
    private final String[] ofWord;
    private final List<Set<String>> sentences = new ArrayList<>();
    private final int[] firstWord;
    private int contentWords;

    private Stems(HashedText text) {
      this.text = text;
      this.ofWord = new String[text.wordCount()];
      this.firstWord = new int[text.sentences().size() + 1];
    }

    static Stems of(HashedText text) {
      Stems stems = new Stems(text);
      EnglishStemmer stemmer = new EnglishStemmer();
      Map<String, String> seen = new HashMap<>();
      for (int s = 0; s < text.sentences().size(); s++) {
        stems.sentences.add(new HashSet<>());
      }
      Arrays.fill(stems.firstWord, text.wordCount());
      for (int i = text.wordCount() - 1; i >= 0; i--) {
        stems.firstWord[text.sentenceOfWord(i)] = i;
      }
      for (int i = 0; i < text.wordCount(); i++) {
        String stem = seen.computeIfAbsent(text.word(i), word -> stem(word, stemmer));
        if (stem != null) {
          stems.ofWord[i] = stem;
          stems.sentences.get(text.sentenceOfWord(i)).add(stem);
          stems.contentWords++;
        }
      }
      return stems;
    }

    /** Marks the words of {@code sentence} whose stems {@code partner} has. */
    void markShared(int sentence, Set<String> partner, BitSet covered) {
      for (int i = firstWord[sentence];
          i < text.wordCount() && text.sentenceOfWord(i) == sentence;
          i++) {
        if (ofWord[i] != null && partner.contains(ofWord[i])) {
          covered.set(i);
        }
      }
    }
  }

  private static String stem(String word, EnglishStemmer stemmer) {
    boolean number = word.chars().allMatch(Character::isDigit);
    if (!number && (word.length() < MIN_WORD_LENGTH || STOP_WORDS.contains(word))) {
      return null;
    }
    if (number) {
      return word;
    }
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private static CharArraySet englishStopWords() {
    try (InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return WordlistLoader.getSnowballWordSet(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Snowball's English stop words could not be read", e);
    }
  }
}
