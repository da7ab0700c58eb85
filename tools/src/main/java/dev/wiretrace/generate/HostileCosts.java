package dev.wiretrace.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each kind of {@link HostilePages hostile page} costs the per-article algorithms, at three
 * sizes, so that a cost growing faster than the page shows as a ratio above 2 per doubling.
 *
 * <pre>
 * java -cp pipeline/target/wiretrace.jar dev.wiretrace.generate.HostileCosts [bytes]
 * </pre>
 */
public final class HostileCosts {
  private HostileCosts() {}

  public static void main(String[] args) {
    int bytes = args.length > 0 ? Integer.parseInt(args[0]) : HostilePages.DEFAULT_BYTES / 4;
    Map<String, byte[]> small = HostilePages.pages(bytes, 1);
    Map<String, byte[]> middle = HostilePages.pages(bytes * 2, 1);
    Map<String, byte[]> large = HostilePages.pages(bytes * 4, 1);
    System.out.printf(
        Locale.ROOT,
        "%-28s %10s %10s %10s %7s  %s%n",
        "page",
        ms(bytes),
        ms(2 * bytes),
        ms(4 * bytes),
        "growth",
        "costliest stage at the largest size");
    for (String kind : small.keySet()) {
      double a = total(best(kind, small.get(kind)));
      double b = total(best(kind, middle.get(kind)));
      long[] stages = best(kind, large.get(kind));
      double c = total(stages);
      int costliest = 0;
      for (int s = 1; s < stages.length; s++) {
        costliest = stages[s] > stages[costliest] ? s : costliest;
      }
      System.out.printf(
          Locale.ROOT,
          "%-28s %10.1f %10.1f %10.1f %7.2f  %s %.0f%%%n",
          kind,
          a,
          b,
          c,
          Math.sqrt(c / Math.max(a, 0.01)),
          StageCosts.STAGES.get(costliest),
          100.0 * stages[costliest] / Math.max(1, c * 1e6));
    }
  }

  private static String ms(int bytes) {
    return String.format(Locale.ROOT, "ms@%dk", bytes / 1000);
  }

  /** Each stage's nanoseconds in the faster of two passes after a warm-up pass. */
  private static long[] best(String kind, byte[] page) {
    List<String> names = List.of(kind + ".txt");
    List<byte[]> contents = List.of(page);
    StageCosts.onePass(
        names,
        contents,
        StageCosts.outletMetas(Map.of(), null),
        new long[StageCosts.STAGES.size()]);
    long[] best = null;
    for (int i = 0; i < 2; i++) {
      long[] nanos = new long[StageCosts.STAGES.size()];
      StageCosts.onePass(names, contents, StageCosts.outletMetas(Map.of(), null), nanos);
      best = best == null || total(nanos) < total(best) ? nanos : best;
    }
    return best;
  }

  private static double total(long[] nanos) {
    long total = 0;
    for (long n : nanos) {
      total += n;
    }
    return total / 1e6;
  }
}
