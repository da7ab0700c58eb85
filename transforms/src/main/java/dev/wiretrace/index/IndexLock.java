package dev.wiretrace.index;

import dev.wiretrace.io.OutputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * One run per index at a time. A run holds {@code index.lock} from before it clears the index's
 * staging folder until it has committed or given up; a second run finds the lock and stops.
 *
 * <p>On a local disk the lock is created atomically (create-if-absent), and a lock whose run is
 * gone is recovered safely: it names the host and process that took it, and a run on the same host
 * whose process no longer lives is dead, so its lock is taken over. A lock from another host cannot
 * be checked from here and is never taken over; the message says how to remove it. Beam's other
 * filesystems (GCS, S3, HDFS) have no create-if-absent, so there the lock is written after a check:
 * it stops a second run started after the first, not two started in the same instant.
 */
public final class IndexLock implements AutoCloseable {
  public static final String FILE = "index.lock";

  private final ResourceId file;
  private final String content;
  private boolean held = true;

  private IndexLock(ResourceId file, String content) {
    this.file = file;
    this.content = content;
  }

  /** Thrown when another run holds the lock; its message is one line naming that run. */
  public static final class HeldException extends IOException {
    HeldException(String message) {
      super(message);
    }
  }

  /** Takes the lock of the index at {@code folder} for {@code runId}. */
  public static IndexLock acquire(String folder, String runId) throws IOException {
    ResourceId file =
        FileSystems.matchNewResource(folder, true)
            .resolve(
                FILE, org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
    String content = describe(runId);
    if ("file".equals(file.getScheme())) {
      acquireLocal(Path.of(file.toString()), content);
    } else {
      Optional<String> holder = read(file);
      if (holder.isPresent()) {
        throw held(file, holder.get());
      }
      OutputFiles.writeAtomically(folder, FILE, content);
    }
    return new IndexLock(file, content);
  }

  private static void acquireLocal(Path lock, String content) throws IOException {
    Files.createDirectories(lock.getParent());
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        Files.writeString(
            lock,
            content,
            StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
        return;
      } catch (FileAlreadyExistsException e) {
        String holder;
        try {
          holder = Files.readString(lock, StandardCharsets.UTF_8);
        } catch (NoSuchFileException gone) {
          continue;
        }
        if (!isDeadHereAndNow(holder)) {
          throw held(FileSystems.matchNewResource(lock.toString(), false), holder);
        }
        // The holder died: remove its lock only if it is still the same lock, then try once more.
        if (Files.readString(lock, StandardCharsets.UTF_8).equals(holder)) {
          Files.deleteIfExists(lock);
        }
      }
    }
    throw held(
        FileSystems.matchNewResource(lock.toString(), false),
        Files.readString(lock, StandardCharsets.UTF_8));
  }

  /** A lock taken on this host by a process that no longer lives. */
  static boolean isDeadHereAndNow(String holder) {
    String host = field(holder, "host");
    String pid = field(holder, "pid");
    if (host == null || pid == null || !host.equals(hostName())) {
      return false;
    }
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static HeldException held(ResourceId file, String holder) {
    return new HeldException(
        String.format(
            "the index is in use by run %s (pid %s on %s, since %s); wait for it, or if that run is"
                + " dead, delete %s",
            field(holder, "run"),
            field(holder, "pid"),
            field(holder, "host"),
            field(holder, "since"),
            file));
  }

  private static String describe(String runId) {
    return "run="
        + runId
        + "\n"
        + "pid="
        + ProcessHandle.current().pid()
        + "\n"
        + "host="
        + hostName()
        + "\n"
        + "since="
        + Instant.now()
        + "\n";
  }

  private static String field(String content, String name) {
    for (String line : content.split("\n")) {
      if (line.startsWith(name + "=")) {
        return line.substring(name.length() + 1).strip();
      }
    }
    return null;
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }

  private static Optional<String> read(ResourceId file) throws IOException {
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (java.io.FileNotFoundException | NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Releases the lock if this run still holds it. */
  @Override
  public void close() throws IOException {
    if (!held) {
      return;
    }
    held = false;
    Optional<String> now = read(file);
    if (now.isPresent() && now.get().equals(content)) {
      FileSystems.delete(
          java.util.List.of(file),
          org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    }
  }
}
