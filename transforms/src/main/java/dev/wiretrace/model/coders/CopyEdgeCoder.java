package dev.wiretrace.model.coders;

import dev.wiretrace.model.Confidence;
import dev.wiretrace.model.CopyEdge;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;

/** A citation edge: its ends, rank, figures, reasons and passages. */
public final class CopyEdgeCoder extends AtomicCoder<CopyEdge> {
  private static final CopyEdgeCoder INSTANCE = new CopyEdgeCoder();
  private static final Confidence[] CONFIDENCES = Confidence.values();

  private CopyEdgeCoder() {}

  public static CopyEdgeCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(CopyEdge value, OutputStream out) throws IOException {
    Fields.writeString(value.getSource(), out);
    Fields.writeString(value.getTarget(), out);
    Fields.writeBoolean(value.getPrimary(), out);
    Fields.writeInt(value.getSharedWords(), out);
    Fields.writeDouble(value.getScore(), out);
    Fields.writeInt(value.getConfidence().ordinal(), out);
    Fields.writeStrings(value.getReasons(), out);
    Fields.writeStrings(value.getVia(), out);
    Fields.writeBoolean(value.getNamedByTarget(), out);
    Fields.writeNullableString(value.getSourceAgency(), out);
    SharedPassageCoder.writeAll(value.getPassages(), out);
    Fields.writeInts(value.getTargetCoverage(), out);
    Fields.writeBoolean(value.getParaphrase(), out);
  }

  @Override
  public CopyEdge decode(InputStream in) throws IOException {
    return CopyEdge.builder()
        .setSource(Fields.readString(in))
        .setTarget(Fields.readString(in))
        .setPrimary(Fields.readBoolean(in))
        .setSharedWords(Fields.readInt(in))
        .setScore(Fields.readDouble(in))
        .setConfidence(readConfidence(in))
        .setReasons(Fields.readStrings(in))
        .setVia(Fields.readStrings(in))
        .setNamedByTarget(Fields.readBoolean(in))
        .setSourceAgency(Fields.readNullableString(in))
        .setPassages(SharedPassageCoder.readAll(in))
        .setTargetCoverage(Fields.readInts(in))
        .setParaphrase(Fields.readBoolean(in))
        .build();
  }

  private static Confidence readConfidence(InputStream in) throws IOException {
    int ordinal = Fields.readInt(in);
    if (ordinal < 0 || ordinal >= CONFIDENCES.length) {
      throw new CoderException("corrupt value: no confidence numbered " + ordinal);
    }
    return CONFIDENCES[ordinal];
  }
}
