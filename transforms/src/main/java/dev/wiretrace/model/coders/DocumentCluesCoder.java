package dev.wiretrace.model.coders;

import dev.wiretrace.model.Attribution;
import dev.wiretrace.model.Credit;
import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.DocumentMeta;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A document's clues: facts, credits, attributions, own agency and word count. */
public final class DocumentCluesCoder extends AtomicCoder<DocumentClues> {
  private static final DocumentCluesCoder INSTANCE = new DocumentCluesCoder();

  private DocumentCluesCoder() {}

  public static DocumentCluesCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(DocumentClues value, OutputStream out) throws IOException {
    DocumentMetaCoder.of().encode(value.getMeta(), out);
    Fields.writeInt(value.getCredits().size(), out);
    for (Credit credit : value.getCredits()) {
      Fields.writeString(credit.getAgency(), out);
      Fields.writeString(credit.getEvidence(), out);
      Fields.writeString(credit.getPattern(), out);
    }
    Fields.writeInt(value.getAttributions().size(), out);
    for (Attribution attribution : value.getAttributions()) {
      Fields.writeString(attribution.getName(), out);
      Fields.writeString(attribution.getEvidence(), out);
    }
    Fields.writeNullableString(value.getOwnAgency(), out);
    Fields.writeInt(value.getWordCount(), out);
  }

  @Override
  public DocumentClues decode(InputStream in) throws IOException {
    DocumentMeta meta = DocumentMetaCoder.of().decode(in);
    int creditCount = Fields.readSize(in);
    List<Credit> credits = new ArrayList<>(creditCount);
    for (int i = 0; i < creditCount; i++) {
      credits.add(
          Credit.create(Fields.readString(in), Fields.readString(in), Fields.readString(in)));
    }
    int attributionCount = Fields.readSize(in);
    List<Attribution> attributions = new ArrayList<>(attributionCount);
    for (int i = 0; i < attributionCount; i++) {
      attributions.add(Attribution.create(Fields.readString(in), Fields.readString(in)));
    }
    return DocumentClues.create(
        meta, credits, attributions, Fields.readNullableString(in), Fields.readInt(in));
  }
}
