package dev.wiretrace.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.io.FileSystems;
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

  /** Writes {@code content} as UTF-8, replacing any file of that name. */
  public static void write(String directory, String fileName, String content) throws IOException {
    ResourceId file = resolve(directory, fileName);
    try (WritableByteChannel channel = FileSystems.create(file, MimeTypes.TEXT);
        OutputStream out = Channels.newOutputStream(channel)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
