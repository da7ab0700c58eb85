package dev.wiretrace.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wiretrace.model.Reject;
import dev.wiretrace.model.StrippedLine;

/** One-line JSON records for {@code stripped.jsonl} and {@code rejects.jsonl}. */
public final class JsonLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {}

  public static String of(StrippedLine line) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("doc", line.getDoc());
    node.put("line", line.getLine());
    node.put("text", line.getText());
    node.put("reason", line.getReason());
    return write(node);
  }

  public static String of(Reject reject) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("input", reject.getInput());
    node.put("reason", reject.getReason());
    node.put("detail", reject.getDetail());
    return write(node);
  }

  /** Sorts stripped lines by document, then line number. */
  public static String sortKey(StrippedLine line) {
    return line.getDoc() + '\u0000' + zeroPadded(line.getLine());
  }

  /** {@code String.format("%010d", n)} without the formatter, which cost more than the sort. */
  static String zeroPadded(int n) {
    if (n < 0) {
      return String.format("%010d", n);
    }
    String digits = Integer.toString(n);
    return "0".repeat(Math.max(0, 10 - digits.length())) + digits;
  }

  public static String sortKey(Reject reject) {
    return reject.getInput() + '\u0000' + reject.getReason() + '\u0000' + reject.getDetail();
  }

  private static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON line", e);
    }
  }
}
