package dev.wiretrace.model.coders;

import dev.wiretrace.model.PairScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A scored pair: both documents' clues, the shared figures, coverage and passages. */
public final class PairScoreCoder extends AtomicCoder<PairScore> {
  private static final PairScoreCoder INSTANCE = new PairScoreCoder();

  private PairScoreCoder() {}

  public static PairScoreCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(PairScore value, OutputStream out) throws IOException {
    DocumentCluesCoder.of().encode(value.getA(), out);
    DocumentCluesCoder.of().encode(value.getB(), out);
    Fields.writeInt(value.getSharedWordsA(), out);
    Fields.writeInt(value.getSharedWordsB(), out);
    Fields.writeInt(value.getLongestRun(), out);
    Fields.writeInt(value.getIdenticalSentences(), out);
    Fields.writeInts(value.getCoverageA(), out);
    Fields.writeInts(value.getCoverageB(), out);
    SharedPassageCoder.writeAll(value.getPassages(), out);
    Fields.writeInt(value.getOutsideSharedA(), out);
    Fields.writeInt(value.getOutsideSharedB(), out);
    Fields.writeInt(value.getOtherPartnersA(), out);
    Fields.writeInt(value.getOtherPartnersB(), out);
    Fields.writeInt(value.getBeyondWireA(), out);
    Fields.writeInt(value.getBeyondWireB(), out);
    Fields.writeInt(value.getParaphrasedSentences(), out);
  }

  @Override
  public PairScore decode(InputStream in) throws IOException {
    return PairScore.builder()
        .setA(DocumentCluesCoder.of().decode(in))
        .setB(DocumentCluesCoder.of().decode(in))
        .setSharedWordsA(Fields.readInt(in))
        .setSharedWordsB(Fields.readInt(in))
        .setLongestRun(Fields.readInt(in))
        .setIdenticalSentences(Fields.readInt(in))
        .setCoverageA(Fields.readInts(in))
        .setCoverageB(Fields.readInts(in))
        .setPassages(SharedPassageCoder.readAll(in))
        .setOutsideSharedA(Fields.readInt(in))
        .setOutsideSharedB(Fields.readInt(in))
        .setOtherPartnersA(Fields.readInt(in))
        .setOtherPartnersB(Fields.readInt(in))
        .setBeyondWireA(Fields.readInt(in))
        .setBeyondWireB(Fields.readInt(in))
        .setParaphrasedSentences(Fields.readInt(in))
        .build();
  }
}
