package dev.wiretrace.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.VarInt;

/**
 * Postings of one hash bucket, from many documents: hash i is in document {@code document(i)},
 * which is tonight's or an earlier night's. A run shuffles millions of postings; sent one by one,
 * each would be a record to sort, so they travel in blocks.
 */
public final class PostingBlock {
  private final long[] hashes;
  private final String[] documents;
  private final boolean[] tonight;

  private PostingBlock(long[] hashes, String[] documents, boolean[] tonight) {
    this.hashes = hashes;
    this.documents = documents;
    this.tonight = tonight;
  }

  int size() {
    return hashes.length;
  }

  long hash(int i) {
    return hashes[i];
  }

  String document(int i) {
    return documents[i];
  }

  boolean isTonight(int i) {
    return tonight[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PostingBlock other
        && Arrays.equals(hashes, other.hashes)
        && Arrays.equals(documents, other.documents)
        && Arrays.equals(tonight, other.tonight);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hashes) * 31 + Arrays.hashCode(documents);
  }

  /** Collects postings in the order they are added. */
  static final class Builder {
    private long[] hashes = new long[16];
    private String[] documents = new String[16];
    private boolean[] tonight = new boolean[16];
    private int size;

    void add(long hash, String document, boolean isTonight) {
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
        documents = Arrays.copyOf(documents, size * 2);
        tonight = Arrays.copyOf(tonight, size * 2);
      }
      hashes[size] = hash;
      documents[size] = document;
      tonight[size] = isTonight;
      size++;
    }

    PostingBlock build() {
      return new PostingBlock(
          Arrays.copyOf(hashes, size),
          Arrays.copyOf(documents, size),
          Arrays.copyOf(tonight, size));
    }
  }

  /**
   * Written by hand: a schema coder would turn every block into a row and back. A document's id is
   * written once for the run of its postings that follow one another, as they do when one
   * document's postings are added together.
   */
  public static final class Coder extends CustomCoder<PostingBlock> {
    private static final StringUtf8Coder IDS = StringUtf8Coder.of();

    public static Coder of() {
      return new Coder();
    }

    @Override
    public void encode(PostingBlock block, OutputStream out) throws IOException {
      VarInt.encode(block.size(), out);
      int i = 0;
      while (i < block.size()) {
        int runEnd = i + 1;
        while (runEnd < block.size()
            && block.documents[runEnd].equals(block.documents[i])
            && block.tonight[runEnd] == block.tonight[i]) {
          runEnd++;
        }
        VarInt.encode(runEnd - i, out);
        IDS.encode(block.documents[i], out);
        out.write(block.tonight[i] ? 1 : 0);
        // One write for the run's hashes: a runner's output view is slow per byte.
        ByteBuffer hashes = ByteBuffer.allocate((runEnd - i) * Long.BYTES);
        for (int k = i; k < runEnd; k++) {
          hashes.putLong(block.hashes[k]);
        }
        out.write(hashes.array());
        i = runEnd;
      }
    }

    @Override
    public PostingBlock decode(InputStream in) throws IOException {
      int size = VarInt.decodeInt(in);
      long[] hashes = new long[size];
      String[] documents = new String[size];
      boolean[] tonight = new boolean[size];
      int i = 0;
      while (i < size) {
        int run = VarInt.decodeInt(in);
        if (run <= 0 || i + run > size) {
          throw new IOException("bad posting block: a run of " + run + " at " + i + " of " + size);
        }
        String document = IDS.decode(in);
        int flag = in.read();
        if (flag != 0 && flag != 1) {
          throw new IOException("bad posting block: flag " + flag);
        }
        byte[] runHashes = new byte[run * Long.BYTES];
        if (in.readNBytes(runHashes, 0, runHashes.length) < runHashes.length) {
          throw new IOException("bad posting block: it ends inside a hash");
        }
        ByteBuffer runBuffer = ByteBuffer.wrap(runHashes);
        for (int k = i; k < i + run; k++) {
          documents[k] = document;
          tonight[k] = flag == 1;
          hashes[k] = runBuffer.getLong();
        }
        i += run;
      }
      return new PostingBlock(hashes, documents, tonight);
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Coder;
    }

    @Override
    public int hashCode() {
      return Coder.class.hashCode();
    }
  }
}
