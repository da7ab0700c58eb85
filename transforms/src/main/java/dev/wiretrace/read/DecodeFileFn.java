package dev.wiretrace.read;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.Document;
import dev.wiretrace.model.ManifestEntry;
import dev.wiretrace.model.Reject;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Reads one file into a {@link Document} with its manifest metadata, or rejects it. */
class DecodeFileFn extends DoFn<FileIO.ReadableFile, Document> {
  private final Counter read = Metrics.counter(DecodeFileFn.class, Counters.DOCUMENTS_READ);
  private final Counter rejected = Metrics.counter(DecodeFileFn.class, Counters.DOCUMENTS_REJECTED);
  private final Counter internalErrors =
      Metrics.counter(DecodeFileFn.class, Counters.INTERNAL_ERRORS);
  private final Counter fallbackDecoded =
      Metrics.counter(DecodeFileFn.class, Counters.DOCUMENTS_WITH_INVALID_UTF8);

  private final PCollectionView<Map<String, ManifestEntry>> manifest;
  private final @Nullable String night;
  private final long maxBytes;

  DecodeFileFn(
      PCollectionView<Map<String, ManifestEntry>> manifest, @Nullable String night, long maxBytes) {
    this.manifest = manifest;
    this.night = night;
    this.maxBytes = maxBytes;
  }

  @ProcessElement
  public void process(ProcessContext context) {
    FileIO.ReadableFile file = context.element();
    String path = file.getMetadata().resourceId().toString();
    read.inc();
    long size = file.getMetadata().sizeBytes();
    if (size > maxBytes) {
      rejected.inc();
      context.output(
          ReadCorpus.REJECTS,
          Reject.create(
              path,
              "too-large",
              String.format(
                  Locale.ROOT,
                  "%,d bytes, over the limit of %,d for one article (--maxDocumentBytes)",
                  size,
                  maxBytes)));
      return;
    }
    byte[] bytes;
    try {
      bytes = file.readFullyAsBytes();
    } catch (IOException e) {
      rejected.inc();
      context.output(ReadCorpus.REJECTS, Reject.create(path, "unreadable", oneLine(e)));
      return;
    }
    DecodedText decoded;
    try {
      decoded = TextDecoder.decode(bytes);
    } catch (RuntimeException | StackOverflowError e) {
      rejected.inc();
      internalErrors.inc();
      context.output(ReadCorpus.REJECTS, Reject.internalError(path, "DecodeFile", e));
      return;
    }
    if (decoded.isRejected()) {
      rejected.inc();
      context.output(
          ReadCorpus.REJECTS, Reject.create(path, decoded.rejectReason(), decoded.rejectDetail()));
      return;
    }
    if (decoded.note() != null) {
      fallbackDecoded.inc();
    }
    String id = DocumentIds.fromFileName(file.getMetadata().resourceId().getFilename());
    ManifestEntry entry = context.sideInput(manifest).get(id);
    context.output(
        Document.create(
            DocumentMetas.of(id, entry, night).toBuilder().setPath(path).build(),
            path,
            decoded.text(),
            decoded.note()));
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ");
  }
}
