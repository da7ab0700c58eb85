package dev.wiretrace.index;

import dev.wiretrace.model.DocumentProfile;
import dev.wiretrace.model.HashedDocument;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;

/**
 * Maps a value type to Avro records and back through its Beam schema, so the index files carry the
 * same fields as the pipeline's value types, readable by any Avro tool.
 */
final class SchemaRecords<T> {
  /** The profiles a segment keeps, read back for the earlier documents a night pairs with. */
  static final SchemaRecords<DocumentProfile> PROFILES =
      new SchemaRecords<>(DocumentProfile.class, "DocumentProfile");

  /** Whole documents, as the first index format kept them ({@code wiretrace-index/1}). */
  static final SchemaRecords<HashedDocument> FIRST_FORMAT_DOCUMENTS =
      new SchemaRecords<>(HashedDocument.class, "HashedDocument");

  private final Schema beamSchema;
  private final Schema sortedSchema;
  final org.apache.avro.Schema avroSchema;
  private final SerializableFunction<T, Row> toRow;
  private final SerializableFunction<Row, T> fromRow;

  private SchemaRecords(Class<T> type, String name) {
    SchemaRegistry registry = SchemaRegistry.createDefault();
    try {
      beamSchema = registry.getSchema(type);
      toRow = registry.getToRowFunction(type);
      fromRow = registry.getFromRowFunction(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no schema", e);
    }
    sortedSchema = SortedRows.sort(beamSchema);
    avroSchema = AvroUtils.toAvroSchema(sortedSchema, name, "dev.wiretrace.index");
  }

  GenericRecord toRecord(T value) {
    return AvroUtils.toGenericRecord(SortedRows.sort(toRow.apply(value), sortedSchema), avroSchema);
  }

  /** Fields are looked up by name, whatever their order in the file or in this JVM's schema. */
  T fromRecord(GenericRecord record) {
    return fromRow.apply(AvroUtils.toBeamRowStrict(record, beamSchema));
  }
}
