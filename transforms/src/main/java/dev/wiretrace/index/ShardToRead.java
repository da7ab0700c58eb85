package dev.wiretrace.index;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One shard of a segment a night reads: its keys and profiles files, and the segment's nights to
 * keep (a compacted segment may hold nights after tonight, or nights run again since).
 */
public record ShardToRead(String keysFile, String profilesFile, Set<String> nights) {
  public ShardToRead {
    nights = new TreeSet<>(nights);
  }

  /** As one line of text: a file name holds no tab, and a night no comma. */
  String line() {
    return keysFile + "\t" + profilesFile + "\t" + String.join(",", nights);
  }

  static ShardToRead parse(String line) {
    String[] fields = line.split("\t", -1);
    return new ShardToRead(fields[0], fields[1], Set.copyOf(List.of(fields[2].split(","))));
  }
}
