package dev.wiretrace.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLockTest {
  @Test
  void aSecondRunIsToldWhichRunHoldsTheIndex(@TempDir Path index) throws IOException {
    try (IndexLock first = IndexLock.acquire(index.toString(), "run-one")) {
      IndexLock.HeldException e =
          assertThrows(
              IndexLock.HeldException.class, () -> IndexLock.acquire(index.toString(), "run-two"));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "the index is in use by run run-one (pid " + ProcessHandle.current().pid()),
          e.getMessage());
      assertEquals(1, e.getMessage().lines().count());
    }
    assertFalse(Files.exists(index.resolve(IndexLock.FILE)), "released on close");
    IndexLock.acquire(index.toString(), "run-three").close();
  }

  @Test
  void aLockLeftByADeadProcessOnThisHostIsTakenOver(@TempDir Path index) throws Exception {
    Process finished = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
    finished.getInputStream().readAllBytes();
    finished.waitFor();
    String host = java.net.InetAddress.getLocalHost().getHostName();
    Files.writeString(
        index.resolve(IndexLock.FILE),
        "run=killed\npid=" + finished.pid() + "\nhost=" + host + "\nsince=2026-01-01T00:00:00Z\n",
        StandardCharsets.UTF_8);
    try (IndexLock lock = IndexLock.acquire(index.toString(), "next")) {
      assertTrue(Files.readString(index.resolve(IndexLock.FILE)).startsWith("run=next\n"));
    }
  }

  @Test
  void aLockFromAnotherHostIsNeverTakenOver(@TempDir Path index) throws IOException {
    Files.writeString(
        index.resolve(IndexLock.FILE),
        "run=elsewhere\npid=1\nhost=some-other-host.example\nsince=2026-01-01T00:00:00Z\n",
        StandardCharsets.UTF_8);
    IndexLock.HeldException e =
        assertThrows(
            IndexLock.HeldException.class, () -> IndexLock.acquire(index.toString(), "mine"));
    assertTrue(
        e.getMessage().contains("run elsewhere (pid 1 on some-other-host.example"), e.getMessage());
    assertTrue(e.getMessage().endsWith("delete " + index.resolve(IndexLock.FILE)), e.getMessage());
  }
}
