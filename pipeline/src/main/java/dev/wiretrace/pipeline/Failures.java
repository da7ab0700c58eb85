package dev.wiretrace.pipeline;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Failures told in one line, as a user reads them: no stack trace, the cause that matters. */
final class Failures {
  private Failures() {}

  static <T extends Throwable> @Nullable T find(Throwable t, Class<T> type) {
    for (Throwable cause = t;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  static Throwable rootCause(Throwable t) {
    Throwable cause = t;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** One line for an unexpected failure: the message and, for a bug, where it happened. */
  static String describe(Throwable t) {
    String described = t.getClass().getSimpleName() + ": " + oneLine(t);
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.wiretrace.")) {
        return described + " (at " + frame + ")";
      }
    }
    return described;
  }

  static String oneLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    List<String> lines = message.lines().toList();
    return lines.isEmpty() ? t.getClass().getSimpleName() : lines.get(0).strip();
  }
}
