package dev.wiretrace.index;

import java.io.IOException;
import org.apache.avro.AvroRuntimeException;

/** The index cannot be read as written: a missing, truncated or foreign file. */
public class CorruptIndexException extends RuntimeException {
  public CorruptIndexException(String message) {
    super(message);
  }

  public CorruptIndexException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Reads from an index file; what the reading throws is the file's damage. */
  interface FileRead<T> {
    T read() throws IOException;
  }

  /**
   * Runs {@code read} on the index file {@code path}: any way a damaged file can make Avro or the
   * record mapping fail becomes a {@link CorruptIndexException} naming the file.
   */
  static <T> T reading(String path, FileRead<T> read) {
    try {
      return read.read();
    } catch (IOException
        | AvroRuntimeException
        | IllegalArgumentException
        | NullPointerException
        | ClassCastException e) {
      throw of(path, e);
    }
  }

  /** What went wrong reading {@code path}, on one line. */
  static CorruptIndexException of(String path, Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new CorruptIndexException(
        "index file " + path + " is corrupt: " + message.lines().findFirst().orElse(""), e);
  }
}
