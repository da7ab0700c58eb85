package dev.wiretrace.index;

import dev.wiretrace.match.PendingPostings;
import dev.wiretrace.match.TonightsHashes;
import dev.wiretrace.metrics.Counters;
import dev.wiretrace.shuffle.Buckets;
import java.util.Map;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Reads the keys files of index shards: every document of the nights read becomes an {@link
 * IndexEntry}, and each of its hashes that tonight's filter may hold a posting. Hashes are read
 * from packed bytes and tested one by one, with no object per hash: a night reads hundreds of
 * millions of them from a year's archive, and keeps a few.
 */
class ReadKeysFn extends DoFn<KV<Integer, Iterable<String>>, IndexEntry> {
  private final Counter read = Metrics.counter(ReadKeysFn.class, Counters.INDEX_DOCUMENTS_READ);
  private final Counter kept = Metrics.counter(ReadKeysFn.class, Counters.EARLIER_POSTINGS_KEPT);
  private final PCollectionView<Map<Integer, TonightsHashes>> tonightsHashes;
  private final Buckets buckets;
  private transient PendingPostings pending;

  ReadKeysFn(PCollectionView<Map<Integer, TonightsHashes>> tonightsHashes, Buckets buckets) {
    this.tonightsHashes = tonightsHashes;
    this.buckets = buckets;
  }

  @StartBundle
  public void startBundle() {
    pending = new PendingPostings(buckets);
  }

  @ProcessElement
  public void process(ProcessContext context) {
    Map<Integer, TonightsHashes> filters = context.sideInput(tonightsHashes);
    TonightsHashes[] byShard = new TonightsHashes[1 << TonightsHashes.SHARD_BITS];
    filters.forEach((shard, filter) -> byShard[shard] = filter);
    for (String line : context.element().getValue()) {
      read(ShardToRead.parse(line), byShard, context);
    }
  }

  private void read(ShardToRead shard, TonightsHashes[] filters, ProcessContext context) {
    CorruptIndexException.reading(
        shard.keysFile(),
        () -> {
          try (DataFileStream<GenericRecord> records =
              SegmentShardReader.open(shard.keysFile(), KeyRecords.SCHEMA)) {
            GenericRecord record = null;
            while (records.hasNext()) {
              record = records.next(record);
              if (shard.nights().contains(KeyRecords.night(record))) {
                post(KeyRecords.entry(record, shard.profilesFile()), record, filters, context);
              }
            }
          }
          return null;
        });
  }

  /** Outputs the document's entry, and posts the hashes tonight's filter may hold. */
  private void post(
      IndexEntry entry, GenericRecord record, TonightsHashes[] filters, ProcessContext context) {
    context.output(entry);
    read.inc();
    for (long hash : KeyRecords.hashes(record)) {
      TonightsHashes filter = filters[TonightsHashes.shard(hash)];
      if (filter != null && filter.mightContain(hash)) {
        kept.inc();
        pending.add(hash, entry.getId(), false);
      }
    }
    if (pending.isFull()) {
      pending.sendTo(block -> context.output(ReadIndex.POSTINGS, block));
    }
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext context) {
    pending.sendTo(
        block ->
            context.output(
                ReadIndex.POSTINGS,
                block,
                GlobalWindow.INSTANCE.maxTimestamp(),
                GlobalWindow.INSTANCE));
  }
}
