package dev.wiretrace.index;

import dev.wiretrace.metrics.Counters;
import dev.wiretrace.model.HashedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/** Reads one index file; any damage to it is a {@link CorruptIndexException} naming the file. */
class ReadSegmentFileFn extends DoFn<KV<Integer, Iterable<String>>, HashedDocument> {

  private final Counter read =
      Metrics.counter(ReadSegmentFileFn.class, Counters.INDEX_DOCUMENTS_READ);

  @ProcessElement
  public void process(ProcessContext context) {
    for (String path : context.element().getValue()) {
      read(path, context);
    }
  }

  private void read(String path, ProcessContext context) {
    try (InputStream in =
            Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(path, false)));
        DataFileStream<GenericRecord> records =
            new DataFileStream<>(in, new GenericDatumReader<>(null, DocumentRecords.AVRO_SCHEMA))) {
      for (GenericRecord record : records) {
        context.output(DocumentRecords.fromRecord(record));
        read.inc();
      }
    } catch (IOException
        | AvroRuntimeException
        | IllegalArgumentException
        | NullPointerException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new CorruptIndexException(
          "index file " + path + " is corrupt: " + message.lines().findFirst().orElse(""), e);
    }
  }
}
