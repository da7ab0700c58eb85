package dev.wiretrace.model.coders;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.VarInt;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The field encodings the model's coders share: strings as Beam's nested UTF-8 (length, bytes),
 * counts as variable-length ints, hashes as fixed 8-byte longs written in one call (a runner's
 * output view is slow per byte, and 64-bit hashes gain nothing from a variable length).
 */
final class Fields {
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();

  private Fields() {}

  static void writeString(String value, OutputStream out) throws IOException {
    STRING.encode(value, out);
  }

  static String readString(InputStream in) throws IOException {
    return STRING.decode(in);
  }

  static void writeNullableString(@Nullable String value, OutputStream out) throws IOException {
    out.write(value == null ? 0 : 1);
    if (value != null) {
      writeString(value, out);
    }
  }

  static @Nullable String readNullableString(InputStream in) throws IOException {
    return readBoolean(in) ? readString(in) : null;
  }

  static void writeInt(int value, OutputStream out) throws IOException {
    VarInt.encode(value, out);
  }

  static int readInt(InputStream in) throws IOException {
    return VarInt.decodeInt(in);
  }

  static void writeBoolean(boolean value, OutputStream out) throws IOException {
    out.write(value ? 1 : 0);
  }

  static boolean readBoolean(InputStream in) throws IOException {
    int b = in.read();
    if (b != 0 && b != 1) {
      throw new CoderException("corrupt value: expected a boolean byte, read " + b);
    }
    return b == 1;
  }

  static void writeLong(long value, OutputStream out) throws IOException {
    out.write(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
  }

  static long readLong(InputStream in) throws IOException {
    return ByteBuffer.wrap(readFully(in, Long.BYTES)).getLong();
  }

  static void writeDouble(double value, OutputStream out) throws IOException {
    out.write(ByteBuffer.allocate(Double.BYTES).putDouble(value).array());
  }

  static double readDouble(InputStream in) throws IOException {
    return ByteBuffer.wrap(readFully(in, Double.BYTES)).getDouble();
  }

  /** Writes one value of a list; a coder's {@code encode} or one of the writers here. */
  interface Writer<T> {
    void write(T value, OutputStream out) throws IOException;
  }

  /** Reads one value of a list; a coder's {@code decode} or one of the readers here. */
  interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  static <T> void writeList(List<T> values, Writer<T> writer, OutputStream out) throws IOException {
    writeInt(values.size(), out);
    for (T value : values) {
      writer.write(value, out);
    }
  }

  static <T> List<T> readList(InputStream in, Reader<T> reader) throws IOException {
    int size = readSize(in);
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(reader.read(in));
    }
    return values;
  }

  static void writeStrings(List<String> values, OutputStream out) throws IOException {
    writeList(values, Fields::writeString, out);
  }

  static List<String> readStrings(InputStream in) throws IOException {
    return readList(in, Fields::readString);
  }

  static void writeInts(List<Integer> values, OutputStream out) throws IOException {
    writeList(values, Fields::writeInt, out);
  }

  static List<Integer> readInts(InputStream in) throws IOException {
    return readList(in, Fields::readInt);
  }

  static void writeLongs(List<Long> values, OutputStream out) throws IOException {
    writeInt(values.size(), out);
    ByteBuffer bytes = ByteBuffer.allocate(values.size() * Long.BYTES);
    for (long value : values) {
      bytes.putLong(value);
    }
    out.write(bytes.array());
  }

  static List<Long> readLongs(InputStream in) throws IOException {
    int size = readSize(in);
    ByteBuffer bytes = ByteBuffer.wrap(readFully(in, size * Long.BYTES));
    List<Long> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(bytes.getLong());
    }
    return values;
  }

  /** A list's size, checked before anything is allocated for it. */
  static int readSize(InputStream in) throws IOException {
    int size = readInt(in);
    if (size < 0 || size > MAX_LIST_SIZE) {
      throw new CoderException("corrupt value: a list of " + size + " elements");
    }
    return size;
  }

  private static final int MAX_LIST_SIZE = Integer.MAX_VALUE / Long.BYTES;

  private static byte[] readFully(InputStream in, int length) throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length < length) {
      throw new CoderException("corrupt value: ended " + (length - bytes.length) + " bytes early");
    }
    return bytes;
  }
}
