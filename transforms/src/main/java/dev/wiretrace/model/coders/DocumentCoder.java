package dev.wiretrace.model.coders;

import dev.wiretrace.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A raw document: its facts, path, text and decoding note. */
public final class DocumentCoder extends AtomicCoder<Document> {
  private static final DocumentCoder INSTANCE = new DocumentCoder();

  private DocumentCoder() {}

  public static DocumentCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Document value, OutputStream out) throws IOException {
    DocumentMetaCoder.of().encode(value.getMeta(), out);
    Fields.writeString(value.getPath(), out);
    Fields.writeString(value.getText(), out);
    Fields.writeNullableString(value.getDecodingNote(), out);
  }

  @Override
  public Document decode(InputStream in) throws IOException {
    return Document.create(
        DocumentMetaCoder.of().decode(in),
        Fields.readString(in),
        Fields.readString(in),
        Fields.readNullableString(in));
  }
}
