package dev.wiretrace.match;

import java.util.Arrays;

/** The postings of one hash bucket grouped by hash ({@link HashChains}), each with its document. */
public final class PostingsByHash {
  /** Receives the documents of one hash; {@code documents} is reused after the call returns. */
  public interface GroupConsumer {
    void accept(long hash, String[] documents, int count);
  }

  private final HashChains chains = new HashChains(64);
  private String[] document = new String[64];
  private boolean[] tonight = new boolean[64];
  private int postings;
  private String[] group = new String[16];

  public void add(long hash, String documentId, boolean tonightsDocument) {
    if (postings == document.length) {
      document = Arrays.copyOf(document, postings * 2);
      tonight = Arrays.copyOf(tonight, postings * 2);
    }
    document[postings] = documentId;
    tonight[postings] = tonightsDocument;
    chains.add(hash, postings);
    postings++;
  }

  /**
   * Calls {@code consumer} for every hash that one of tonight's documents holds: a hash only
   * earlier documents hold was paired on an earlier night.
   */
  public void forEachTonightsHash(GroupConsumer consumer) {
    chains.forEachHash(
        (hash, first) -> {
          int count = 0;
          boolean anyTonight = false;
          for (int p = first; p >= 0; p = chains.next(p)) {
            if (count == group.length) {
              group = Arrays.copyOf(group, count * 2);
            }
            group[count++] = document[p];
            anyTonight |= tonight[p];
          }
          if (anyTonight) {
            consumer.accept(hash, group, count);
          }
        });
  }
}
