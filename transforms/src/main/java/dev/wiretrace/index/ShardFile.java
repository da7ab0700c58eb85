package dev.wiretrace.index;

/** One written file of a segment, as passed from the shard writers to the segment summary. */
record ShardFile(String name, long documents, String digest, long bytes) {
  static ShardFile parse(String line) {
    String[] fields = line.split("\t");
    return new ShardFile(
        fields[0], Long.parseLong(fields[1]), fields[2], Long.parseLong(fields[3]));
  }

  String line() {
    return name + "\t" + documents + "\t" + digest + "\t" + bytes;
  }
}
