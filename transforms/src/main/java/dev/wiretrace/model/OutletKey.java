package dev.wiretrace.model;

import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Outlet names as they are compared: "Press TV", "PRESS TV" and "press tv" are one outlet, wherever
 * a stage asks (site templates, tonight's documents already indexed, attributions to a document's
 * own outlet, edges within one outlet). The names themselves are kept as written.
 */
public final class OutletKey {
  private OutletKey() {}

  /** The key an outlet name is compared by; "" for no outlet. */
  public static String of(@Nullable String outletName) {
    return outletName == null ? "" : outletName.toLowerCase(Locale.ROOT);
  }

  /** Both names are given and name one outlet. */
  public static boolean same(@Nullable String a, @Nullable String b) {
    return a != null && b != null && of(a).equals(of(b));
  }
}
