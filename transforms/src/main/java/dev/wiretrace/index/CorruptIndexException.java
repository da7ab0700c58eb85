package dev.wiretrace.index;

/** The index cannot be read as written: a missing, truncated or foreign file. */
public class CorruptIndexException extends RuntimeException {
  public CorruptIndexException(String message) {
    super(message);
  }

  public CorruptIndexException(String message, Throwable cause) {
    super(message, cause);
  }

  /** What went wrong reading {@code path}, on one line. */
  static CorruptIndexException of(String path, Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new CorruptIndexException(
        "index file " + path + " is corrupt: " + message.lines().findFirst().orElse(""), e);
  }
}
