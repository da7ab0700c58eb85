package dev.wiretrace.model.coders;

import dev.wiretrace.model.SharedPassage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;

/** A passage two documents share, as each has it, with its word count. */
public final class SharedPassageCoder extends AtomicCoder<SharedPassage> {
  private static final SharedPassageCoder INSTANCE = new SharedPassageCoder();

  private SharedPassageCoder() {}

  public static SharedPassageCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(SharedPassage value, OutputStream out) throws IOException {
    Fields.writeString(value.getSourceText(), out);
    Fields.writeString(value.getTargetText(), out);
    Fields.writeInt(value.getWords(), out);
  }

  @Override
  public SharedPassage decode(InputStream in) throws IOException {
    return SharedPassage.create(Fields.readString(in), Fields.readString(in), Fields.readInt(in));
  }

  static void writeAll(List<SharedPassage> passages, OutputStream out) throws IOException {
    Fields.writeList(passages, INSTANCE::encode, out);
  }

  static List<SharedPassage> readAll(InputStream in) throws IOException {
    return Fields.readList(in, INSTANCE::decode);
  }
}
