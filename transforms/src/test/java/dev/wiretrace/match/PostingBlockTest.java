package dev.wiretrace.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wiretrace.shuffle.Buckets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

class PostingBlockTest {
  private static PostingBlock block() {
    PostingBlock.Builder builder = new PostingBlock.Builder();
    for (int i = 0; i < 40; i++) {
      builder.add(
          Long.MIN_VALUE + i * 977L, i < 30 ? "000_doc" : "001_other", i % 7 != 0 || i < 30);
    }
    builder.add(-1L, "000_doc", false);
    return builder.build();
  }

  @Test
  void survivesItsCoder() throws IOException {
    PostingBlock block = block();
    PostingBlock decoded =
        CoderUtils.decodeFromByteArray(
            PostingBlock.Coder.of(), CoderUtils.encodeToByteArray(PostingBlock.Coder.of(), block));
    assertEquals(block, decoded);
    assertEquals(41, decoded.size());
    assertEquals(-1L, decoded.hash(40));
    assertEquals("001_other", decoded.document(35));
    assertEquals(false, decoded.isTonight(35));
    assertEquals(true, decoded.isTonight(36));
  }

  @Test
  void aTruncatedBlockIsAnErrorNotAShortBlock() throws IOException {
    byte[] bytes = CoderUtils.encodeToByteArray(PostingBlock.Coder.of(), block());
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 3);
    assertThrows(
        IOException.class,
        () -> PostingBlock.Coder.of().decode(new ByteArrayInputStream(truncated)));
  }

  @Test
  void pendingPostingsGoOutOneBlockPerBucketInBucketOrder() {
    Buckets buckets = Buckets.of(8);
    PendingPostings pending = new PendingPostings(buckets);
    long low = 8L; // bucket 0
    long high = -1L; // bucket 7
    pending.add(high, "b", true);
    pending.add(low, "a", true);
    pending.add(low + 8, "b", false);
    List<KV<Integer, PostingBlock>> sent = new java.util.ArrayList<>();
    pending.sendTo(sent::add);
    assertEquals(2, sent.size());
    assertEquals(0, sent.get(0).getKey());
    assertEquals(2, sent.get(0).getValue().size());
    assertEquals(7, sent.get(1).getKey());
    pending.sendTo(sent::add);
    assertEquals(2, sent.size(), "sending empties what was pending");
  }
}
