package dev.wiretrace.model.coders;

import dev.wiretrace.model.Attribution;
import dev.wiretrace.model.Credit;
import dev.wiretrace.model.DocumentClues;
import dev.wiretrace.model.DocumentMeta;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
    Fields.writeList(value.getCredits(), DocumentCluesCoder::writeCredit, out);
    Fields.writeList(value.getAttributions(), DocumentCluesCoder::writeAttribution, out);
    Fields.writeNullableString(value.getOwnAgency(), out);
    Fields.writeInt(value.getWordCount(), out);
  }

  @Override
  public DocumentClues decode(InputStream in) throws IOException {
    DocumentMeta meta = DocumentMetaCoder.of().decode(in);
    List<Credit> credits = Fields.readList(in, DocumentCluesCoder::readCredit);
    List<Attribution> attributions = Fields.readList(in, DocumentCluesCoder::readAttribution);
    return DocumentClues.create(
        meta, credits, attributions, Fields.readNullableString(in), Fields.readInt(in));
  }

  private static void writeCredit(Credit credit, OutputStream out) throws IOException {
    Fields.writeString(credit.getAgency(), out);
    Fields.writeString(credit.getEvidence(), out);
    Fields.writeString(credit.getPattern(), out);
  }

  private static Credit readCredit(InputStream in) throws IOException {
    return Credit.create(Fields.readString(in), Fields.readString(in), Fields.readString(in));
  }

  private static void writeAttribution(Attribution attribution, OutputStream out)
      throws IOException {
    Fields.writeString(attribution.getName(), out);
    Fields.writeString(attribution.getEvidence(), out);
  }

  private static Attribution readAttribution(InputStream in) throws IOException {
    return Attribution.create(Fields.readString(in), Fields.readString(in));
  }
}
