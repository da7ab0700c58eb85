package dev.wiretrace.model.coders;

import dev.wiretrace.model.HashedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A profile with its sentence hashes (8 bytes each) and fingerprint. */
public final class HashedDocumentCoder extends AtomicCoder<HashedDocument> {
  private static final HashedDocumentCoder INSTANCE = new HashedDocumentCoder();

  private HashedDocumentCoder() {}

  public static HashedDocumentCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(HashedDocument value, OutputStream out) throws IOException {
    DocumentProfileCoder.of().encode(value.getProfile(), out);
    Fields.writeLongs(value.getHashes(), out);
    Fields.writeLong(value.getFingerprint(), out);
  }

  @Override
  public HashedDocument decode(InputStream in) throws IOException {
    return HashedDocument.create(
        DocumentProfileCoder.of().decode(in), Fields.readLongs(in), Fields.readLong(in));
  }
}
