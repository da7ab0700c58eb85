package dev.wiretrace.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairCountsTest {
  @Test
  void countsUnorderedPairsLikeAMapThroughGrowthAndClear() {
    PairCounts counts = new PairCounts();
    Map<String, Long> expected = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 50_000; i++) {
      int a = random.nextInt(300);
      int b = random.nextInt(300);
      if (a == b) {
        continue;
      }
      counts.hit(a, b);
      expected.merge(Math.min(a, b) + "-" + Math.max(a, b), 1L, Long::sum);
    }
    Map<String, Long> actual = new HashMap<>();
    counts.forEach((first, second, hits) -> actual.put(first + "-" + second, hits));
    assertEquals(expected, actual);
    assertEquals(expected.size(), counts.size());

    counts.clear();
    counts.hit(5, 2);
    Map<String, Long> afterClear = new HashMap<>();
    counts.forEach((first, second, hits) -> afterClear.put(first + "-" + second, hits));
    assertEquals(Map.of("2-5", 1L), afterClear);
  }

  @Test
  void hitsEachPairOfAHashsDocumentsOnceButNoDocumentWithItself() {
    PairCounts counts = new PairCounts();
    // a document twice under one hash (two shards of one id) pairs with the others, not itself;
    // numbers past the count are left from an earlier, larger group
    counts.hitEachPair(new int[] {3, 1, 3, 2, 9}, 4);
    Map<String, Long> actual = new HashMap<>();
    counts.forEach((first, second, hits) -> actual.put(first + "-" + second, hits));
    assertEquals(Map.of("1-3", 2L, "2-3", 2L, "1-2", 1L), actual);
  }
}
