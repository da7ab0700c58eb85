package dev.wiretrace.model.coders;

import dev.wiretrace.model.DocumentMeta;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A document's manifest facts, field by field. */
public final class DocumentMetaCoder extends AtomicCoder<DocumentMeta> {
  private static final DocumentMetaCoder INSTANCE = new DocumentMetaCoder();

  private DocumentMetaCoder() {}

  public static DocumentMetaCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(DocumentMeta value, OutputStream out) throws IOException {
    Fields.writeString(value.getId(), out);
    Fields.writeNullableString(value.getOutlet(), out);
    Fields.writeString(value.getOutletSource(), out);
    Fields.writeNullableString(value.getUrl(), out);
    Fields.writeNullableString(value.getPublished(), out);
    Fields.writeNullableString(value.getPublishedSource(), out);
    Fields.writeNullableString(value.getNight(), out);
    Fields.writeNullableString(value.getPath(), out);
  }

  @Override
  public DocumentMeta decode(InputStream in) throws IOException {
    return DocumentMeta.builder()
        .setId(Fields.readString(in))
        .setOutlet(Fields.readNullableString(in))
        .setOutletSource(Fields.readString(in))
        .setUrl(Fields.readNullableString(in))
        .setPublished(Fields.readNullableString(in))
        .setPublishedSource(Fields.readNullableString(in))
        .setNight(Fields.readNullableString(in))
        .setPath(Fields.readNullableString(in))
        .build();
  }
}
