package dev.wiretrace.shuffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BucketsTest {
  @Test
  void aSmallFolderIsOneGroupAndALargeCorpusOneGroupPerWorkerThread() {
    assertEquals(1, Buckets.forCorpus(5, 2).count());
    assertEquals(1, Buckets.forCorpus(499, 16).count());
    assertEquals(4, Buckets.forCorpus(1_000, 2).count());
    assertEquals(8, Buckets.forCorpus(10_000, 2).count());
    assertEquals(8, Buckets.forCorpus(80_000, 2).count(), "never more as the corpus grows");
    assertEquals(64, Buckets.forCorpus(1_000_000, 16).count());
    assertEquals(1, Buckets.forCorpus(0, 0).count());
  }

  @Test
  void everyKeyHasOneBucketInRangeAndNumberedIdsSpreadEvenly() {
    Buckets buckets = Buckets.of(8);
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int i = 0; i < 8_000; i++) {
      String id = "article-" + i;
      int bucket = buckets.of(id);
      assertEquals(bucket, buckets.of(new String(id.toCharArray())));
      assertTrue(bucket >= 0 && bucket < 8);
      sizes.merge(bucket, 1, Integer::sum);
    }
    assertEquals(8, sizes.size());
    sizes.values().forEach(size -> assertTrue(size > 800 && size < 1200, "bucket of " + size));
    for (long hash : new long[] {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
      int bucket = buckets.ofHash(hash);
      assertTrue(bucket >= 0 && bucket < 8, hash + " -> " + bucket);
    }
  }

  @Test
  void noBucketsIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> Buckets.of(0));
  }
}
