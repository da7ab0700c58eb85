package dev.wiretrace.metrics;

/**
 * The names of the pipeline's Beam counters, in one place: the DoFns count under these names and
 * the run summary reads them, so renaming one changes both or fails to compile.
 */
public final class Counters {
  private Counters() {}

  public static final String ALREADY_INDEXED = "alreadyIndexed";
  public static final String CANDIDATE_PAIRS = "candidatePairs";
  public static final String CANDIDATE_PAIRS_SCORED = "candidatePairsScored";
  public static final String CANDIDATE_SOURCES_EXPLAINED_BY_PRIMARY =
      "candidateSourcesExplainedByPrimary";
  public static final String COPY_PAIRS = "copyPairs";
  public static final String DIRECTED_PAIRS = "directedPairs";
  public static final String DOCUMENT_EDGES = "documentEdges";
  public static final String DOCUMENTS_FAILED = "documentsFailed";
  public static final String DOCUMENTS_HASHED = "documentsHashed";
  public static final String DOCUMENTS_INDEXED = "documentsIndexed";
  public static final String DOCUMENTS_READ = "documentsRead";
  public static final String DOCUMENTS_REJECTED = "documentsRejected";
  public static final String DOCUMENTS_WITH_ATTRIBUTIONS = "documentsWithAttributions";
  public static final String DOCUMENTS_WITH_CREDITS = "documentsWithCredits";
  public static final String DOCUMENTS_WITH_INVALID_UTF8 = "documentsWithInvalidUtf8";
  public static final String DOCUMENTS_WITH_PARENT = "documentsWithParent";
  public static final String DUPLICATE_IDS = "duplicateIds";
  public static final String EARLIER_ONLY_EDGES_DROPPED = "earlierOnlyEdgesDropped";
  public static final String EARLIER_POSTINGS_KEPT = "earlierPostingsKept";
  public static final String EDGES_ACROSS_NIGHTS = "edgesAcrossNights";
  public static final String FILES_MATCHED = "filesMatched";
  public static final String HASHES_DROPPED_BY_MAX_DF = "hashesDroppedByMaxDf";
  public static final String INDEX_DOCUMENTS_READ = "indexDocumentsRead";
  public static final String INTERNAL_ERRORS = "internalErrors";
  public static final String LINES_KEPT = "linesKept";
  public static final String LINES_STRIPPED = "linesStripped";
  public static final String LINES_WRITTEN = "linesWritten";
  public static final String MANIFEST_PROBLEMS = "manifestProblems";
  public static final String MANIFEST_ROWS = "manifestRows";
  public static final String OUTLET_EDGES = "outletEdges";
  public static final String PAGES_KEPT_WHOLE = "pagesKeptWhole";
  public static final String PAIRS_EXPLAINED_AS_SIBLINGS = "pairsExplainedAsSiblings";
  public static final String PAIRS_WITHOUT_DIRECTION_EVIDENCE = "pairsWithoutDirectionEvidence";
  public static final String POSTINGS = "postings";
  public static final String POSTINGS_DROPPED_BY_MAX_DF = "postingsDroppedByMaxDf";
  public static final String SENTENCES = "sentences";
  public static final String SHARED_HASHES = "sharedHashes";
  public static final String TEMPLATE_LINES_STRIPPED = "templateLinesStripped";
  public static final String WIRE_SIBLING_PAIRS = "wireSiblingPairs";
}
