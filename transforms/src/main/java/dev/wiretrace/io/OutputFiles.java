package dev.wiretrace.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/** Writes whole files through Beam's filesystems, so local disks and cluster storage alike work. */
public final class OutputFiles {
  private OutputFiles() {}

  public static ResourceId resolve(String directory, String fileName) {
    return FileSystems.matchNewResource(directory, true)
        .resolve(fileName, StandardResolveOptions.RESOLVE_FILE);
  }

  /** A sub-directory, {@code relative} may hold slashes. */
  public static ResourceId resolveDirectory(String directory, String relative) {
    ResourceId resolved = FileSystems.matchNewResource(directory, true);
    for (String part : relative.split("/")) {
      if (!part.isEmpty()) {
        resolved = resolved.resolve(part, StandardResolveOptions.RESOLVE_DIRECTORY);
      }
    }
    return resolved;
  }

  /** A file below {@code directory}; {@code relative} may hold slashes. */
  public static ResourceId resolvePath(String directory, String relative) {
    int slash = relative.lastIndexOf('/');
    if (slash < 0) {
      return resolve(directory, relative);
    }
    return resolveDirectory(directory, relative.substring(0, slash))
        .resolve(relative.substring(slash + 1), StandardResolveOptions.RESOLVE_FILE);
  }

  /** The files matching {@code pattern}, in name order; none is fine. */
  public static List<ResourceId> listFiles(String pattern) throws IOException {
    MatchResult match = FileSystems.match(List.of(pattern), EmptyMatchTreatment.ALLOW).get(0);
    List<ResourceId> found = new ArrayList<>();
    if (match.status() == MatchResult.Status.OK) {
      match.metadata().forEach(m -> found.add(m.resourceId()));
    }
    found.sort(java.util.Comparator.comparing(ResourceId::toString));
    return found;
  }

  /** Text written straight to a file, for files too large to build as one string first. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes {@code content} as UTF-8, replacing any file of that name. */
  public static void write(String directory, String fileName, String content) throws IOException {
    // Straight to the channel: a report writes thousands of small pages, and a 64K-character
    // buffer for each would be most of what it allocates.
    try (WritableByteChannel channel =
        FileSystems.create(resolve(directory, fileName), MimeTypes.TEXT)) {
      java.nio.ByteBuffer bytes =
          java.nio.ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    }
  }

  /** Writes what {@code content} writes, as UTF-8, replacing any file of that name. */
  public static void write(String directory, String fileName, Content content) throws IOException {
    write(resolve(directory, fileName), content);
  }

  /**
   * Writes {@code content} beside the target and renames it into place, so that a reader sees the
   * old file or the new one, never a part of either.
   */
  public static void writeAtomically(String directory, String fileName, String content)
      throws IOException {
    ResourceId temporary = resolve(directory, "." + fileName + "." + UUID.randomUUID() + ".tmp");
    write(temporary, out -> out.write(content));
    FileSystems.rename(List.of(temporary), List.of(resolve(directory, fileName)));
  }

  /** Deletes every file matching {@code pattern}; none is fine. */
  public static void deleteMatching(String pattern) throws IOException {
    MatchResult match = FileSystems.match(List.of(pattern), EmptyMatchTreatment.ALLOW).get(0);
    if (match.status() != MatchResult.Status.OK) {
      return;
    }
    List<ResourceId> found = new ArrayList<>();
    match.metadata().forEach(m -> found.add(m.resourceId()));
    FileSystems.delete(found, StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  /**
   * Removes an emptied staging folder. Local disks keep a folder after its files are gone; object
   * stores have no folders. Either way an empty folder holds no result, so failing to remove one
   * (it is not empty yet, or not a folder at all) fails nothing.
   */
  public static void removeEmptyFolder(ResourceId folder) {
    try {
      FileSystems.delete(List.of(folder), StandardMoveOptions.IGNORE_MISSING_FILES);
    } catch (IOException e) {
      return;
    }
  }

  private static void write(ResourceId file, Content content) throws IOException {
    try (WritableByteChannel channel = FileSystems.create(file, MimeTypes.TEXT);
        Writer out =
            new BufferedWriter(
                new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                1 << 16)) {
      content.writeTo(out);
    }
  }
}
