package dev.wiretrace.index;

import dev.wiretrace.model.HashedDocument;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;

/**
 * Maps {@link HashedDocument}s to Avro records and back through their Beam schema, so the index
 * files carry the same fields as the pipeline's value types, readable by any Avro tool.
 */
final class DocumentRecords {
  static final Schema BEAM_SCHEMA;
  private static final Schema SORTED_SCHEMA;
  static final org.apache.avro.Schema AVRO_SCHEMA;
  private static final SerializableFunction<HashedDocument, Row> TO_ROW;
  private static final SerializableFunction<Row, HashedDocument> FROM_ROW;

  static {
    SchemaRegistry registry = SchemaRegistry.createDefault();
    try {
      BEAM_SCHEMA = registry.getSchema(HashedDocument.class);
      TO_ROW = registry.getToRowFunction(HashedDocument.class);
      FROM_ROW = registry.getFromRowFunction(HashedDocument.class);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("HashedDocument has no schema", e);
    }
    SORTED_SCHEMA = SortedRows.sort(BEAM_SCHEMA);
    AVRO_SCHEMA = AvroUtils.toAvroSchema(SORTED_SCHEMA, "HashedDocument", "dev.wiretrace.index");
  }

  private DocumentRecords() {}

  static GenericRecord toRecord(HashedDocument document) {
    return AvroUtils.toGenericRecord(
        SortedRows.sort(TO_ROW.apply(document), SORTED_SCHEMA), AVRO_SCHEMA);
  }

  /** Fields are looked up by name, whatever their order in the file or in this JVM's schema. */
  static HashedDocument fromRecord(GenericRecord record) {
    return FROM_ROW.apply(AvroUtils.toBeamRowStrict(record, BEAM_SCHEMA));
  }
}
