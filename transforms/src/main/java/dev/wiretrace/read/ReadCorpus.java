package dev.wiretrace.read;

import dev.wiretrace.io.ListedElements;
import dev.wiretrace.model.Document;
import dev.wiretrace.model.ManifestEntry;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.Reject;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.CombinePerKeyInBuckets;
import dev.wiretrace.shuffle.ViewOfAll;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads the corpus files and the manifest. Every file ends up either in {@link #DOCUMENTS} or in
 * {@link #REJECTS} with its reason; manifest rows that cannot be used are rejects too.
 */
public class ReadCorpus extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<Document>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};
  private static final TupleTag<ManifestEntry> MANIFEST_ENTRIES = new TupleTag<ManifestEntry>() {};

  /**
   * Articles run to tens of kilobytes; a file of megabytes is a dump or a feed, and scoring it
   * against every partner would cost more than the rest of the corpus.
   */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 5_000_000;

  private final String filepattern;
  private final @Nullable String manifest;
  private final @Nullable String night;
  private final long maxDocumentBytes;
  private final List<Reject> unusableFiles;
  private final Buckets buckets;

  private ReadCorpus(
      String filepattern,
      @Nullable String manifest,
      @Nullable String night,
      long maxDocumentBytes,
      List<Reject> unusableFiles,
      Buckets buckets) {
    this.filepattern = filepattern;
    this.manifest = manifest;
    this.night = night;
    this.maxDocumentBytes = maxDocumentBytes;
    this.unusableFiles = List.copyOf(unusableFiles);
    this.buckets = buckets;
  }

  /** Reads files matching {@code filepattern}, with metadata from {@code manifest} if not null. */
  public static ReadCorpus from(String filepattern, @Nullable String manifest) {
    return new ReadCorpus(
        filepattern,
        manifest,
        null,
        DEFAULT_MAX_DOCUMENT_BYTES,
        List.of(),
        Buckets.of(Buckets.PER_WORKER));
  }

  /** Marks every document as read on {@code night}. */
  public ReadCorpus forNight(@Nullable String night) {
    return new ReadCorpus(filepattern, manifest, night, maxDocumentBytes, unusableFiles, buckets);
  }

  /** Rejects files larger than this, without reading them. */
  public ReadCorpus withMaxDocumentBytes(long maxDocumentBytes) {
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException(
          "maxDocumentBytes must be 1 or more, not " + maxDocumentBytes);
    }
    return new ReadCorpus(filepattern, manifest, night, maxDocumentBytes, unusableFiles, buckets);
  }

  /**
   * Counts these as read and rejected: inputs the driver found that file matching passes over
   * (broken links, folders named like articles), so they are accounted for like any other file.
   */
  public ReadCorpus alsoRejecting(List<Reject> unusableFiles) {
    return new ReadCorpus(filepattern, manifest, night, maxDocumentBytes, unusableFiles, buckets);
  }

  /** Spreads the files, and the groups that find duplicate ids and manifest rows, over these. */
  public ReadCorpus withBuckets(Buckets buckets) {
    return new ReadCorpus(filepattern, manifest, night, maxDocumentBytes, unusableFiles, buckets);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    Pipeline pipeline = input.getPipeline();
    PCollectionTuple manifestRows = readManifest(pipeline);
    PCollectionView<Map<String, ManifestEntry>> manifestById =
        manifestRows
            .get(MANIFEST_ENTRIES)
            .apply("KeyManifestById", WithKeys.of(ManifestEntry::getId))
            .setCoder(ModelCoders.keyedByString(pipeline, ManifestEntry.class))
            .apply("KeepFirstManifestRow", CombinePerKeyInBuckets.of(buckets, new FirstRow()))
            .apply("ViewManifest", ViewOfAll.asMap());

    PCollectionTuple decoded =
        pipeline
            .apply("MatchFiles", new MatchFiles(filepattern, EmptyMatchTreatment.ALLOW, buckets))
            .apply(
                "OpenFiles",
                FileIO.readMatches()
                    .withDirectoryTreatment(FileIO.ReadMatches.DirectoryTreatment.SKIP))
            .apply(
                "DecodeFiles",
                ParDo.of(new DecodeFileFn(manifestById, night, maxDocumentBytes))
                    .withSideInputs(manifestById)
                    .withOutputTags(DOCUMENTS, TupleTagList.of(REJECTS)));
    decoded.get(REJECTS).setCoder(ModelCoders.of(pipeline, Reject.class));

    PCollection<Document> documents =
        decoded.get(DOCUMENTS).setCoder(ModelCoders.of(pipeline, Document.class));
    PCollectionView<Map<String, String>> firstPathOfSharedIds =
        documents
            .apply(
                "KeyPathsById",
                MapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                    .via((Document d) -> KV.of(d.id(), d.getPath())))
            .apply(
                "FindFirstPaths",
                CombinePerKeyInBuckets.of(buckets, new KeepFirstPathFn.FirstPath()))
            .apply(
                "KeepSharedIds",
                FlatMapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                    .via(
                        (KV<String, KV<String, Long>> id) ->
                            id.getValue().getValue() > 1
                                ? List.of(KV.of(id.getKey(), id.getValue().getKey()))
                                : List.<KV<String, String>>of()))
            .apply("ViewSharedIds", ViewOfAll.asMap());
    PCollectionTuple unique =
        documents.apply(
            "RejectDuplicateIds",
            ParDo.of(new KeepFirstPathFn(firstPathOfSharedIds))
                .withSideInputs(firstPathOfSharedIds)
                .withOutputTags(DOCUMENTS, TupleTagList.of(REJECTS)));
    unique.get(REJECTS).setCoder(ModelCoders.of(pipeline, Reject.class));

    PCollection<Reject> unusable =
        pipeline
            .apply(
                "ListUnusableFiles",
                ListedElements.of(unusableFiles, ModelCoders.of(pipeline, Reject.class)))
            .apply("CountUnusableFiles", ParDo.of(new CountUnusableFileFn()))
            .setCoder(ModelCoders.of(pipeline, Reject.class));
    PCollection<Reject> rejects =
        PCollectionList.of(manifestRows.get(REJECTS))
            .and(decoded.get(REJECTS))
            .and(unique.get(REJECTS))
            .and(unusable)
            .apply("CollectRejects", Flatten.pCollections());
    return PCollectionTuple.of(
            DOCUMENTS, unique.get(DOCUMENTS).setCoder(ModelCoders.of(pipeline, Document.class)))
        .and(REJECTS, rejects);
  }

  private PCollectionTuple readManifest(Pipeline pipeline) {
    if (manifest == null) {
      return PCollectionTuple.of(
              MANIFEST_ENTRIES,
              pipeline.apply(
                  "NoManifest", Create.empty(ModelCoders.of(pipeline, ManifestEntry.class))))
          .and(
              REJECTS,
              pipeline.apply(
                  "NoManifestProblems", Create.empty(ModelCoders.of(pipeline, Reject.class))));
    }
    PCollectionTuple parsed =
        pipeline
            .apply(
                "MatchManifest",
                new MatchFiles(manifest, EmptyMatchTreatment.ALLOW_IF_WILDCARD, Buckets.of(1)))
            .apply("OpenManifest", FileIO.readMatches())
            .apply(
                "ParseManifest",
                ParDo.of(new ParseManifestFn())
                    .withOutputTags(MANIFEST_ENTRIES, TupleTagList.of(REJECTS)));
    parsed.get(MANIFEST_ENTRIES).setCoder(ModelCoders.of(pipeline, ManifestEntry.class));
    parsed.get(REJECTS).setCoder(ModelCoders.of(pipeline, Reject.class));
    return parsed;
  }

  /** Of two manifest rows for one id, the earlier in the file. */
  private static class FirstRow extends Combine.BinaryCombineFn<ManifestEntry> {
    @Override
    public ManifestEntry apply(ManifestEntry left, ManifestEntry right) {
      return left.getRecordNumber() <= right.getRecordNumber() ? left : right;
    }
  }
}
