package dev.wiretrace.index;

/** The index cannot be read as written: a missing, truncated or foreign file. */
public class CorruptIndexException extends RuntimeException {
  public CorruptIndexException(String message) {
    super(message);
  }

  public CorruptIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
