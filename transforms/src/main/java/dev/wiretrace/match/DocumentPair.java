package dev.wiretrace.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.values.KV;

/**
 * Two documents that share hashes, in id order so that each pair has one key: what the join counts
 * shared hashes under before it keeps a candidate pair.
 */
record DocumentPair(String first, String second) {
  DocumentPair {
    if (first.compareTo(second) > 0) {
      throw new IllegalArgumentException("a pair is written in id order: " + first + ", " + second);
    }
  }

  /** The pair of {@code a} and {@code b}, whichever order they come in. */
  static DocumentPair of(String a, String b) {
    return a.compareTo(b) <= 0 ? new DocumentPair(a, b) : new DocumentPair(b, a);
  }

  KV<String, String> asKv() {
    return KV.of(first, second);
  }

  /** Stated, not left to the record: the shuffle's buckets follow it on every worker. */
  @Override
  public int hashCode() {
    return 31 * first.hashCode() + second.hashCode();
  }

  /** The two ids, one after the other: deterministic, as a grouping key's coder must be. */
  static final class Coder extends AtomicCoder<DocumentPair> {
    private static final Coder INSTANCE = new Coder();
    private static final StringUtf8Coder ID = StringUtf8Coder.of();

    static Coder of() {
      return INSTANCE;
    }

    @Override
    public void encode(DocumentPair pair, OutputStream out) throws IOException {
      ID.encode(pair.first(), out);
      ID.encode(pair.second(), out);
    }

    @Override
    public DocumentPair decode(InputStream in) throws IOException {
      return new DocumentPair(ID.decode(in), ID.decode(in));
    }

    @Override
    public void verifyDeterministic() {}

    /** Two pairs encode alike exactly when their ids are equal, as the record's equals says. */
    @Override
    public boolean consistentWithEquals() {
      return true;
    }
  }
}
