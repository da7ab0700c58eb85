package dev.wiretrace.io;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A side input read as a list, kept as a set: built once per worker and list, not once per element,
 * since runners hand the same list to every element of a window.
 */
public final class SideInputSet<T> {
  private List<T> seen;
  private Set<T> set;

  public Set<T> of(List<T> list) {
    if (set == null || list != seen) {
      set = new HashSet<>(list);
      seen = list;
    }
    return set;
  }
}
