package dev.wiretrace.hash;

import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.HashedDocument;
import dev.wiretrace.sentences.TextNormalizer;
import java.util.Arrays;
import java.util.List;

/**
 * A document's sentences as a stream of normalised words, with two kinds of hash: one per sentence,
 * exact after normalisation, and one per word n-gram (shingle), which survives small edits: a
 * changed word, an inserted "[and]" or "he added" for "he said" spoils only the n-grams that
 * include it.
 */
public final class HashedText {
  /** Words per shingle. Five words rarely repeat by chance in news, yet survive light edits. */
  public static final int SHINGLE_WORDS = 5;

  private static final int SEED = 0x5eed;

  /** An odd multiplier for the polynomial that combines word hashes into a shingle hash. */
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  private final List<String> sentences;

  /**
   * Every normalised word in order, single spaces between: sentences and words are ranges of it.
   */
  private final char[] joined;

  private final int[] wordEnds;
  private final int[] sentenceOfWord;
  private final long[] sentenceHashes;
  private final long[] shingles;

  private HashedText(List<String> sentences) {
    this.sentences = List.copyOf(sentences);
    StringBuilder text = new StringBuilder();
    IntList endList = new IntList();
    int[] firstWord = new int[sentences.size() + 1];
    for (int s = 0; s < sentences.size(); s++) {
      firstWord[s] = endList.size;
      TextNormalizer.appendWords(sentences.get(s), text, endList::add);
    }
    firstWord[sentences.size()] = endList.size;
    joined = new char[text.length()];
    text.getChars(0, joined.length, joined, 0);

    int wordCount = endList.size;
    int[] ends = endList.values;
    this.wordEnds = Arrays.copyOf(ends, wordCount);
    sentenceOfWord = new int[wordCount];
    sentenceHashes = new long[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      int first = firstWord[s];
      int last = firstWord[s + 1] - 1;
      for (int i = first; i <= last; i++) {
        sentenceOfWord[i] = s;
      }
      sentenceHashes[s] = last < first ? hash(0, 0) : hash(wordStart(ends, first), ends[last]);
    }
    long[] wordHashes = new long[wordCount];
    for (int i = 0; i < wordCount; i++) {
      wordHashes[i] = hash(wordStart(ends, i), ends[i]);
    }
    shingles = shingle(wordHashes);
  }

  /** A profiled document with its distinct hashes and fingerprint: what the index keeps. */
  public static HashedDocument hash(DocumentProfile profile) {
    HashedText text = of(profile.getSentences());
    return HashedDocument.create(
        profile, Arrays.stream(text.distinctHashes()).boxed().toList(), text.fingerprint());
  }

  public static HashedText of(List<String> sentences) {
    return new HashedText(sentences);
  }

  private static int wordStart(int[] wordEnds, int word) {
    return word == 0 ? 0 : wordEnds[word - 1] + 1;
  }

  private long hash(int from, int to) {
    return Murmur3.hash64(joined, from, to, SEED);
  }

  private static long[] shingle(long[] wordHashes) {
    if (wordHashes.length < SHINGLE_WORDS) {
      return new long[0];
    }
    long[] result = new long[wordHashes.length - SHINGLE_WORDS + 1];
    for (int i = 0; i < result.length; i++) {
      long h = 0;
      for (int j = 0; j < SHINGLE_WORDS; j++) {
        h = h * MULTIPLIER + wordHashes[i + j];
      }
      result[i] = Murmur3.fmix64(h);
    }
    return result;
  }

  public List<String> sentences() {
    return sentences;
  }

  public int wordCount() {
    return sentenceOfWord.length;
  }

  /** Normalised word {@code i}: lower case, letters and digits only. */
  public String word(int i) {
    int start = wordStart(wordEnds, i);
    return new String(joined, start, wordEnds[i] - start);
  }

  public int sentenceOfWord(int i) {
    return sentenceOfWord[i];
  }

  /** The shingle starting at word {@code i}; there are {@code wordCount() - SHINGLE_WORDS + 1}. */
  public long shingle(int i) {
    return shingles[i];
  }

  public int shingleCount() {
    return shingles.length;
  }

  public long sentenceHash(int s) {
    return sentenceHashes[s];
  }

  /**
   * One hash of all the normalised words in order: two bodies that differ only in case, spacing or
   * punctuation have the same fingerprint.
   */
  public long fingerprint() {
    return hash(0, joined.length);
  }

  /** Every distinct hash of this text, shingles and sentence hashes alike, sorted. */
  public long[] distinctHashes() {
    long[] all = Arrays.copyOf(shingles, shingles.length + sentenceHashes.length);
    System.arraycopy(sentenceHashes, 0, all, shingles.length, sentenceHashes.length);
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[distinct++] = all[i];
      }
    }
    return Arrays.copyOf(all, distinct);
  }

  /** A growable array of ints, so that word offsets are not boxed. */
  private static final class IntList {
    private int[] values = new int[256];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }
}
