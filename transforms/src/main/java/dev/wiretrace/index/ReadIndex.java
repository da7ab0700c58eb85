package dev.wiretrace.index;

import dev.wiretrace.io.ListedElements;
import dev.wiretrace.match.PostingBlock;
import dev.wiretrace.match.TonightsHashes;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.GroupEncodedByKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads the keys of earlier nights' documents from the index: each document as an {@link
 * IndexEntry}, and the postings of the hashes tonight's documents may share ({@link
 * TonightsHashes}) in blocks by bucket, for the join. The profiles stay on disk until the join
 * names the documents it pairs ({@link IndexedProfiles}). A file that cannot be read fails the run
 * with {@link CorruptIndexException} naming it: an index read in part would give a graph missing
 * its sources, which looks like a true answer and is not.
 */
public class ReadIndex extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<IndexEntry> ENTRIES = new TupleTag<IndexEntry>() {};
  public static final TupleTag<KV<Integer, PostingBlock>> POSTINGS =
      new TupleTag<KV<Integer, PostingBlock>>() {};

  private final List<ShardToRead> shards;
  private final PCollectionView<Map<Integer, TonightsHashes>> tonightsHashes;
  private final Buckets buckets;

  private ReadIndex(
      List<ShardToRead> shards,
      PCollectionView<Map<Integer, TonightsHashes>> tonightsHashes,
      Buckets buckets) {
    this.shards = List.copyOf(shards);
    this.tonightsHashes = tonightsHashes;
    this.buckets = buckets;
  }

  /** Reads these shards, as listed by the committed index version, keeping tonight's hashes. */
  public static ReadIndex shards(
      List<ShardToRead> shards, PCollectionView<Map<Integer, TonightsHashes>> tonightsHashes) {
    return new ReadIndex(shards, tonightsHashes, Buckets.of(1));
  }

  /** The join's buckets: postings come out keyed by them, and the shards spread over them. */
  public ReadIndex withBuckets(Buckets buckets) {
    return new ReadIndex(shards, tonightsHashes, buckets);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    // The shards are known when the job is built: listed with their bucket, grouped, and read,
    // with no file matching step (FileIO.matchAll's reshuffle) in between.
    List<KV<Integer, String>> keyed = new ArrayList<>();
    for (ShardToRead shard : shards) {
      keyed.add(KV.of(buckets.of(shard.keysFile()), shard.line()));
    }
    PCollectionTuple read =
        input
            .apply(
                "ListIndexShards",
                ListedElements.of(keyed, KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of())))
            .apply("GroupIndexShards", GroupEncodedByKey.create())
            .apply(
                "ReadIndexKeys",
                ParDo.of(new ReadKeysFn(tonightsHashes, buckets))
                    .withSideInputs(tonightsHashes)
                    .withOutputTags(ENTRIES, TupleTagList.of(POSTINGS)));
    read.get(ENTRIES).setCoder(ModelCoders.of(input.getPipeline(), IndexEntry.class));
    read.get(POSTINGS).setCoder(KvCoder.of(VarIntCoder.of(), PostingBlock.Coder.of()));
    return read;
  }
}
