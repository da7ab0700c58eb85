package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;

/** An input that could not be used, with the reason: the dead-letter record of the pipeline. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Reject {
  /** The file path, or {@code manifest.csv:<record>} for a manifest row. */
  public abstract String getInput();

  /** A short stable code: empty-file, not-text, unreadable, duplicate-id, internal-error, .... */
  public abstract String getReason();

  /** A one-line human-readable explanation. */
  public abstract String getDetail();

  /**
   * The reason of a document that broke a step: a bug or a limit of wiretrace, not of the input.
   */
  public static final String INTERNAL_ERROR = "internal-error";

  public static Reject create(String input, String reason, String detail) {
    return new AutoValue_Reject(input, reason, detail);
  }

  /**
   * The record of an input that a step could not handle: the step's name and the error in one line,
   * with the first wiretrace frame, so a bug report can start from rejects.jsonl alone.
   */
  public static Reject internalError(String input, String step, Throwable error) {
    String message = error.getMessage() == null ? "" : error.getMessage().strip();
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline).strip();
    if (message.length() > MAX_MESSAGE_CHARS) {
      message = message.substring(0, MAX_MESSAGE_CHARS) + "...";
    }
    StringBuilder detail =
        new StringBuilder(step).append(": ").append(error.getClass().getSimpleName());
    if (!message.isEmpty()) {
      detail.append(": ").append(message);
    }
    for (StackTraceElement frame : error.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.wiretrace.")) {
        detail.append(" (at ").append(frame).append(')');
        break;
      }
    }
    return create(input, INTERNAL_ERROR, detail.toString());
  }

  private static final int MAX_MESSAGE_CHARS = 300;
}
