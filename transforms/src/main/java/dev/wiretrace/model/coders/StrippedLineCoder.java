package dev.wiretrace.model.coders;

import dev.wiretrace.model.StrippedLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A removed line: document, line number, text and reason. */
public final class StrippedLineCoder extends AtomicCoder<StrippedLine> {
  private static final StrippedLineCoder INSTANCE = new StrippedLineCoder();

  private StrippedLineCoder() {}

  public static StrippedLineCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(StrippedLine value, OutputStream out) throws IOException {
    Fields.writeString(value.getDoc(), out);
    Fields.writeInt(value.getLine(), out);
    Fields.writeString(value.getText(), out);
    Fields.writeString(value.getReason(), out);
  }

  @Override
  public StrippedLine decode(InputStream in) throws IOException {
    return StrippedLine.create(
        Fields.readString(in), Fields.readInt(in), Fields.readString(in), Fields.readString(in));
  }
}
