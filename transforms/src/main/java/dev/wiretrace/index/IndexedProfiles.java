package dev.wiretrace.index;

import dev.wiretrace.match.EarlierProfiles;
import dev.wiretrace.match.KeepListedDocumentsFn;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.GroupEncodedByKey;
import dev.wiretrace.shuffle.ViewOfAll;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The profiles of earlier documents, read from the index where their entries say: the entries of
 * the listed documents are grouped by bucket of profiles file, and each file is read at those
 * blocks alone ({@link ReadProfilesFn}).
 */
public final class IndexedProfiles implements EarlierProfiles {
  private final PCollection<IndexEntry> entries;
  private final Buckets buckets;

  private IndexedProfiles(PCollection<IndexEntry> entries, Buckets buckets) {
    this.entries = entries;
    this.buckets = buckets;
  }

  public static IndexedProfiles of(PCollection<IndexEntry> entries, Buckets buckets) {
    return new IndexedProfiles(entries, buckets);
  }

  @Override
  public PCollection<IndexEntry> source() {
    return entries;
  }

  @Override
  public PCollection<DocumentProfile> read(PCollection<String> ids) {
    PCollectionView<List<String>> listed = ids.apply("ViewCandidateIds", ViewOfAll.asList());
    Buckets buckets = this.buckets;
    return entries
        .apply(
            "KeepEarlierCandidates",
            ParDo.of(new KeepListedDocumentsFn<>(listed, IndexEntry::getId)).withSideInputs(listed))
        .setCoder(entries.getCoder())
        .apply(
            "KeyByProfilesFile",
            WithKeys.of((IndexEntry e) -> buckets.of(e.getProfilesFile()))
                .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), entries.getCoder()))
        .apply("GroupByProfilesFile", GroupEncodedByKey.create())
        .apply("ReadEarlierProfiles", ParDo.of(new ReadProfilesFn()))
        .setCoder(ModelCoders.of(entries.getPipeline(), DocumentProfile.class));
  }
}
