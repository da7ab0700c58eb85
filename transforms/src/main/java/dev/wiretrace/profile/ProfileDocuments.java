package dev.wiretrace.profile;

import dev.wiretrace.direction.AgencyCatalog;
import dev.wiretrace.direction.CreditDetector;
import dev.wiretrace.model.CleanDocument;
import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.ModelCoders;
import dev.wiretrace.model.OutletSource;
import dev.wiretrace.model.Reject;
import dev.wiretrace.shuffle.Buckets;
import dev.wiretrace.shuffle.DistinctInBuckets;
import dev.wiretrace.shuffle.ViewOfAll;
import java.util.List;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Splits each clean document into normalised, de-duplicated sentences and reads its provenance
 * clues: credits, attributions to outlets named in the corpus, and a date line.
 */
public class ProfileDocuments extends PTransform<PCollection<CleanDocument>, PCollectionTuple> {
  public static final TupleTag<DocumentProfile> PROFILES = new TupleTag<DocumentProfile>() {};

  /** Documents the profiler could not handle ({@code internal-error}); the others go on. */
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  private final CreditDetector credits;
  private final Buckets buckets;

  private ProfileDocuments(CreditDetector credits, Buckets buckets) {
    this.credits = credits;
    this.buckets = buckets;
  }

  public static ProfileDocuments using(CreditDetector credits) {
    return new ProfileDocuments(credits, Buckets.of(Buckets.PER_WORKER));
  }

  /** Finds the distinct outlet names by bucket of names. */
  public ProfileDocuments withBuckets(Buckets buckets) {
    return new ProfileDocuments(credits, buckets);
  }

  @Override
  public PCollectionTuple expand(PCollection<CleanDocument> documents) {
    PCollectionView<List<String>> outletNames =
        documents
            .apply(
                "TakeManifestOutlets",
                FlatMapElements.into(TypeDescriptors.strings())
                    .via(
                        (CleanDocument d) ->
                            d.getMeta().outletSource() == OutletSource.MANIFEST
                                ? List.of(d.getMeta().getOutlet())
                                : List.<String>of()))
            .apply("DistinctOutlets", DistinctInBuckets.of(buckets))
            .apply("ViewOutlets", ViewOfAll.asList());
    AgencyCatalog catalog = credits.catalog();
    PCollectionTuple profiled =
        documents.apply(
            "SplitAndReadClues",
            ParDo.of(new ProfileDocumentFn(new DocumentProfiler(credits), catalog, outletNames))
                .withSideInputs(outletNames)
                .withOutputTags(PROFILES, TupleTagList.of(REJECTS)));
    profiled.get(PROFILES).setCoder(ModelCoders.of(documents.getPipeline(), DocumentProfile.class));
    profiled.get(REJECTS).setCoder(ModelCoders.of(documents.getPipeline(), Reject.class));
    return profiled;
  }
}
