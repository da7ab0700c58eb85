package dev.wiretrace.index;

import dev.wiretrace.model.HashedDocument;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * The keys of an indexed document: what a night reads of every earlier document, to find the few it
 * pairs with. Its id, night, outlet and text fingerprint (to set aside documents indexed already),
 * its hashes packed as 8-byte big-endian longs (read without a per-hash object), and where its
 * profile starts in the segment's profiles file of the same shard.
 */
final class KeyRecords {
  static final Schema SCHEMA =
      SchemaBuilder.record("DocumentKeys")
          .namespace("dev.wiretrace.index")
          .fields()
          .requiredString("id")
          .requiredString("night")
          .optionalString("outlet")
          .requiredLong("fingerprint")
          .requiredLong("profileBlock")
          .requiredBytes("hashes")
          .endRecord();

  private KeyRecords() {}

  static GenericRecord toRecord(HashedDocument document, long profileBlock) {
    List<Long> hashes = document.getHashes();
    ByteBuffer packed = ByteBuffer.allocate(hashes.size() * Long.BYTES);
    hashes.forEach(packed::putLong);
    packed.flip();
    GenericRecord record = new GenericData.Record(SCHEMA);
    record.put("id", document.id());
    record.put("night", nightOf(document));
    record.put("outlet", document.getProfile().getClues().getMeta().getOutlet());
    record.put("fingerprint", document.getFingerprint());
    record.put("profileBlock", profileBlock);
    record.put("hashes", packed);
    return record;
  }

  static String nightOf(HashedDocument document) {
    String night = document.getProfile().getClues().getMeta().getNight();
    if (night == null) {
      throw new IllegalArgumentException("document " + document.id() + " has no night to index");
    }
    return night;
  }

  static String id(GenericRecord record) {
    return record.get("id").toString();
  }

  static String night(GenericRecord record) {
    return record.get("night").toString();
  }

  static long[] hashes(GenericRecord record) {
    ByteBuffer packed = (ByteBuffer) record.get("hashes");
    long[] hashes = new long[packed.remaining() / Long.BYTES];
    packed.asLongBuffer().get(hashes);
    return hashes;
  }

  static IndexEntry entry(GenericRecord record, String profilesFile) {
    Object outlet = record.get("outlet");
    return IndexEntry.create(
        id(record),
        night(record),
        outlet == null ? null : outlet.toString(),
        (Long) record.get("fingerprint"),
        profilesFile,
        (Long) record.get("profileBlock"));
  }
}
