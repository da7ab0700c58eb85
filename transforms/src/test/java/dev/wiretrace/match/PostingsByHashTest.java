package dev.wiretrace.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostingsByHashTest {
  @Test
  void groupsDocumentsByHashAndSkipsHashesOnlyEarlierDocumentsHold() {
    PostingsByHash postings = new PostingsByHash();
    Map<Long, List<String>> expected = new HashMap<>();
    // enough hashes and postings to grow both tables several times
    for (int document = 0; document < 50; document++) {
      for (long hash = 0; hash < 40; hash++) {
        long spread = hash * 0x9E3779B97F4A7C15L;
        boolean tonight = hash % 4 != 0 || document == 49;
        boolean earlierOnly = hash % 8 == 0;
        postings.add(spread, "d" + document, tonight && !earlierOnly);
        if (!earlierOnly) {
          expected.computeIfAbsent(spread, h -> new ArrayList<>()).add("d" + document);
        }
      }
    }
    Map<Long, List<String>> actual = new HashMap<>();
    postings.forEachTonightsHash(
        (hash, documents, count) -> {
          List<String> group = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            group.add(documents[i]);
          }
          group.sort(null);
          actual.put(hash, group);
        });
    expected.values().forEach(group -> group.sort(null));
    assertEquals(expected, actual);
  }
}
