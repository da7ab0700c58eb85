package dev.wiretrace.io;

/**
 * Named moments inside a commit, where the fault tests stop the JVM as {@code kill -9} would (no
 * shutdown hooks, no {@code finally}). A kill from outside cannot be timed to land between two
 * renames a millisecond apart; these can. Unless the system property names one, they cost a
 * property read per commit and do nothing.
 */
public final class CrashPoints {
  /** The system property naming the crash point to halt at. */
  public static final String PROPERTY = "wiretrace.test.haltAt";

  public static final String SEGMENT_MOVED = "segment-moved";
  public static final String INDEX_JSON_REPLACED = "index-json-replaced";
  public static final String OUTPUTS_MOVED = "outputs-moved";
  public static final String SUMMARY_MOVED = "summary-moved";

  private CrashPoints() {}

  /** Halts the JVM at once if {@code name} is the crash point asked for. */
  public static void reached(String name) {
    if (name.equals(System.getProperty(PROPERTY))) {
      Runtime.getRuntime().halt(137);
    }
  }
}
