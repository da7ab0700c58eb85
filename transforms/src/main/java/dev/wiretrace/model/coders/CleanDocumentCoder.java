package dev.wiretrace.model.coders;

import dev.wiretrace.model.CleanDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A stripped document: its facts, clean text and copyright lines. */
public final class CleanDocumentCoder extends AtomicCoder<CleanDocument> {
  private static final CleanDocumentCoder INSTANCE = new CleanDocumentCoder();

  private CleanDocumentCoder() {}

  public static CleanDocumentCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(CleanDocument value, OutputStream out) throws IOException {
    DocumentMetaCoder.of().encode(value.getMeta(), out);
    Fields.writeString(value.getText(), out);
    Fields.writeStrings(value.getCopyrightLines(), out);
  }

  @Override
  public CleanDocument decode(InputStream in) throws IOException {
    return CleanDocument.create(
        DocumentMetaCoder.of().decode(in), Fields.readString(in), Fields.readStrings(in));
  }
}
