package dev.wiretrace.index;

/** One written shard of a segment, as passed from the shard writers to the segment summary. */
record ShardFile(String name, long documents, String digest) {
  static ShardFile parse(String line) {
    String[] fields = line.split("\t");
    return new ShardFile(fields[0], Long.parseLong(fields[1]), fields[2]);
  }

  String line() {
    return name + "\t" + documents + "\t" + digest;
  }
}
