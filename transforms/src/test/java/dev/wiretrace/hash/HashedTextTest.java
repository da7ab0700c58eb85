package dev.wiretrace.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashedTextTest {
  @Test
  void exactSentenceHashIgnoresTypography() {
    HashedText a = HashedText.of(List.of("“We must come to an agreement,” he said."));
    HashedText b = HashedText.of(List.of("\"We must come to an agreement\" he said"));
    assertEquals(a.sentenceHash(0), b.sentenceHash(0));
    HashedText c = HashedText.of(List.of("We must come to an agreement, he added."));
    assertNotEquals(a.sentenceHash(0), c.sentenceHash(0));
  }

  @Test
  void shinglesSurviveASmallEdit() {
    String original =
        "Unfortunately there is sabotage carried out against efforts for a political solution and"
            + " against the UN Security Council resolution because some support the extremists";
    String edited = original.replace("solution and against", "solution against");
    Set<Long> a = shingles(HashedText.of(List.of(original)));
    Set<Long> b = shingles(HashedText.of(List.of(edited)));
    Set<Long> shared = new HashSet<>(a);
    shared.retainAll(b);
    assertNotEquals(
        HashedText.of(List.of(original)).sentenceHash(0),
        HashedText.of(List.of(edited)).sentenceHash(0));
    assertTrue(
        shared.size() >= a.size() - HashedText.SHINGLE_WORDS, shared.size() + " of " + a.size());
  }

  @Test
  void distinctHashesHoldShinglesAndSentences() {
    // Shingles run across sentence ends, so that different sentence splitting still matches.
    HashedText text = HashedText.of(List.of("one two three four five six", "short one"));
    assertEquals(4, text.shingleCount());
    assertEquals(6, text.distinctHashes().length);
    assertEquals(1, text.sentenceOfWord(7));
  }

  @Test
  void fingerprintIgnoresTypographyButNotWords() {
    long a =
        HashedText.of(List.of("“We must agree,” he said.", "Talks resume Monday.")).fingerprint();
    long b =
        HashedText.of(List.of("\"We must agree\" he said", "talks resume monday")).fingerprint();
    long c =
        HashedText.of(List.of("We must agree, he said.", "Talks resume Tuesday.")).fingerprint();
    assertEquals(a, b);
    assertNotEquals(a, c);
  }

  private static Set<Long> shingles(HashedText text) {
    Set<Long> set = new HashSet<>();
    for (int i = 0; i < text.shingleCount(); i++) {
      set.add(text.shingle(i));
    }
    return set;
  }
}
