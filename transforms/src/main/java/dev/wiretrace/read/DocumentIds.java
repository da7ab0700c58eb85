package dev.wiretrace.read;

/**
 * A document's id is its file's name without {@code .txt}: the manifest may name a file either way,
 * and every reader of a corpus must agree on the id.
 */
public final class DocumentIds {
  private static final String TEXT_SUFFIX = ".txt";

  private DocumentIds() {}

  /** The id of the document in file {@code fileName}; null stays null. */
  public static String fromFileName(String fileName) {
    if (fileName != null && fileName.endsWith(TEXT_SUFFIX)) {
      return fileName.substring(0, fileName.length() - TEXT_SUFFIX.length());
    }
    return fileName;
  }
}
