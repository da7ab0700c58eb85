package dev.wiretrace.hash;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import dev.wiretrace.sentences.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document's sentences as a stream of normalised words, with two kinds of hash: one per
 * sentence, exact after normalisation, and one per word n-gram (shingle), which survives small
 * edits: a changed word, an inserted "[and]" or "he added" for "he said" spoils only the n-grams
 * that include it.
 */
public final class HashedText {
  /** Words per shingle. Five words rarely repeat by chance in news, yet survive light edits. */
  public static final int SHINGLE_WORDS = 5;

  private static final HashFunction HASH = Hashing.murmur3_128(0x5eed);
  /** An odd multiplier for the polynomial that combines word hashes into a shingle hash. */
  private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

  private final List<String> sentences;
  private final String[] words;
  private final int[] sentenceOfWord;
  private final long[] sentenceHashes;
  private final long[] shingles;

  private HashedText(List<String> sentences) {
    this.sentences = List.copyOf(sentences);
    List<String> allWords = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    sentenceHashes = new long[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      List<String> tokens = TextNormalizer.words(sentences.get(s));
      sentenceHashes[s] = HASH.hashUnencodedChars(String.join(" ", tokens)).asLong();
      for (String token : tokens) {
        allWords.add(token);
        owners.add(s);
      }
    }
    words = allWords.toArray(new String[0]);
    sentenceOfWord = owners.stream().mapToInt(Integer::intValue).toArray();
    shingles = shingle(words);
  }

  public static HashedText of(List<String> sentences) {
    return new HashedText(sentences);
  }

  private static long[] shingle(String[] words) {
    if (words.length < SHINGLE_WORDS) {
      return new long[0];
    }
    long[] wordHashes = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      wordHashes[i] = HASH.hashUnencodedChars(words[i]).asLong();
    }
    long[] result = new long[words.length - SHINGLE_WORDS + 1];
    for (int i = 0; i < result.length; i++) {
      long h = 0;
      for (int j = 0; j < SHINGLE_WORDS; j++) {
        h = h * MULTIPLIER + wordHashes[i + j];
      }
      result[i] = mix(h);
    }
    return result;
  }

  /** The 64-bit finaliser of MurmurHash3, so that shingle hashes spread over all bits. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  public List<String> sentences() {
    return sentences;
  }

  public int wordCount() {
    return words.length;
  }

  public String word(int i) {
    return words[i];
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
   * One hash of all the normalised words in order: two bodies that differ only in case, spacing
   * or punctuation have the same fingerprint.
   */
  public long fingerprint() {
    return HASH.hashUnencodedChars(String.join(" ", words)).asLong();
  }

  /** Every distinct hash of this text, shingles and sentence hashes alike, sorted. */
  public long[] distinctHashes() {
    long[] all = Arrays.copyOf(shingles, shingles.length + sentenceHashes.length);
    System.arraycopy(sentenceHashes, 0, all, shingles.length, sentenceHashes.length);
    return Arrays.stream(all).sorted().distinct().toArray();
  }
}
