package dev.wiretrace.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.Schema.Field;
import org.apache.beam.sdk.schemas.Schema.FieldType;
import org.apache.beam.sdk.values.Row;

/**
 * Schemas and rows with every field sorted by name, down through nested rows and lists of rows.
 * Reflection gives an AutoValue type's fields in no fixed order from one JVM to the next (and
 * Beam's own {@code sorted()} stops at lists), so the index is written in this canonical order: the
 * same documents then always give the same bytes.
 */
final class SortedRows {
  private SortedRows() {}

  static Schema sort(Schema schema) {
    Schema.Builder sorted = Schema.builder();
    schema.getFields().stream()
        .sorted(Comparator.comparing(Field::getName))
        .forEach(f -> sorted.addField(f.getName(), sort(f.getType())));
    return sorted.build();
  }

  private static FieldType sort(FieldType type) {
    FieldType sorted =
        switch (type.getTypeName()) {
          case ROW -> FieldType.row(sort(type.getRowSchema()));
          case ARRAY -> FieldType.array(sort(type.getCollectionElementType()));
          case ITERABLE -> FieldType.iterable(sort(type.getCollectionElementType()));
          default -> type;
        };
    return sorted.withNullable(type.getNullable());
  }

  /** {@code row} in {@code sorted}, a schema {@link #sort} made from the row's own. */
  static Row sort(Row row, Schema sorted) {
    Row.Builder builder = Row.withSchema(sorted);
    for (Field field : sorted.getFields()) {
      builder.addValue(value(row.getValue(field.getName()), field.getType()));
    }
    return builder.build();
  }

  private static Object value(Object value, FieldType type) {
    if (value == null) {
      return null;
    }
    switch (type.getTypeName()) {
      case ROW:
        return sort((Row) value, type.getRowSchema());
      case ARRAY:
      case ITERABLE:
        List<Object> elements = new ArrayList<>();
        for (Object element : (Iterable<?>) value) {
          elements.add(value(element, type.getCollectionElementType()));
        }
        return elements;
      default:
        return value;
    }
  }
}
