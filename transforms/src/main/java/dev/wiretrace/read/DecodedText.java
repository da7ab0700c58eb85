package dev.wiretrace.read;

import org.checkerframework.checker.nullness.qual.Nullable;

/** The outcome of decoding a file: either text (perhaps with a note) or a reason to reject it. */
public final class DecodedText {
  private final @Nullable String text;
  private final @Nullable String note;
  private final @Nullable String rejectReason;
  private final @Nullable String rejectDetail;

  private DecodedText(
      @Nullable String text,
      @Nullable String note,
      @Nullable String rejectReason,
      @Nullable String rejectDetail) {
    this.text = text;
    this.note = note;
    this.rejectReason = rejectReason;
    this.rejectDetail = rejectDetail;
  }

  static DecodedText text(String text, @Nullable String note) {
    return new DecodedText(text, note, null, null);
  }

  static DecodedText rejected(String reason, String detail) {
    return new DecodedText(null, null, reason, detail);
  }

  public boolean isRejected() {
    return rejectReason != null;
  }

  public String text() {
    if (text == null) {
      throw new IllegalStateException("rejected input has no text: " + rejectReason);
    }
    return text;
  }

  public @Nullable String note() {
    return note;
  }

  public String rejectReason() {
    return String.valueOf(rejectReason);
  }

  public String rejectDetail() {
    return String.valueOf(rejectDetail);
  }
}
