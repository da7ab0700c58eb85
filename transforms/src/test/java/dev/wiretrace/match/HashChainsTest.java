package dev.wiretrace.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HashChainsTest {
  @Test
  void chainsHoldEachHashsItemsLastAddedFirstThroughGrowth() {
    HashChains chains = new HashChains(2);
    Map<Long, List<Integer>> expected = new HashMap<>();
    for (int item = 0; item < 5_000; item++) {
      // hashes that share their low bits, so that they collide in the table
      long hash = (long) (item % 700) << 40;
      chains.add(hash, item);
      expected.computeIfAbsent(hash, h -> new ArrayList<>()).add(0, item);
    }
    Map<Long, List<Integer>> actual = new HashMap<>();
    chains.forEachHash((hash, first) -> actual.put(hash, chain(chains, first)));
    assertEquals(expected, actual);
    assertEquals(expected.get(3L << 40), chain(chains, chains.first(3L << 40)));
    assertEquals(-1, chains.first(12345L));
  }

  private static List<Integer> chain(HashChains chains, int first) {
    List<Integer> items = new ArrayList<>();
    for (int item = first; item >= 0; item = chains.next(item)) {
      items.add(item);
    }
    return items;
  }
}
