package dev.wiretrace.model.coders;

import dev.wiretrace.model.DocumentProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A profile: clues, title and body sentences. */
public final class DocumentProfileCoder extends AtomicCoder<DocumentProfile> {
  private static final DocumentProfileCoder INSTANCE = new DocumentProfileCoder();

  private DocumentProfileCoder() {}

  public static DocumentProfileCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(DocumentProfile value, OutputStream out) throws IOException {
    DocumentCluesCoder.of().encode(value.getClues(), out);
    Fields.writeNullableString(value.getTitle(), out);
    Fields.writeStrings(value.getSentences(), out);
  }

  @Override
  public DocumentProfile decode(InputStream in) throws IOException {
    return DocumentProfile.create(
        DocumentCluesCoder.of().decode(in), Fields.readNullableString(in), Fields.readStrings(in));
  }
}
