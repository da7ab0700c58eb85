package dev.wiretrace.shuffle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGbkResultSchema;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.junit.jupiter.api.Test;

class GatherAllTest {
  /** More than the 10,000 elements a {@code CoGbkResult} otherwise holds before reading lazily. */
  private static final int ELEMENTS = 12_000;

  /** A group a runner hands over once, as Flink's batch grouping does: a second pass fails. */
  private static final class OnePass implements Iterable<RawUnionValue> {
    private final List<RawUnionValue> values;
    private boolean read;

    OnePass(List<RawUnionValue> values) {
      this.values = values;
    }

    @Override
    public Iterator<RawUnionValue> iterator() {
      if (read) {
        throw new IllegalStateException("GBK result is not re-iterable");
      }
      read = true;
      return values.iterator();
    }
  }

  private final TupleTag<Integer> nodes = new TupleTag<>("nodes");
  private final TupleTag<String> edges = new TupleTag<>("edges");
  private final CoGbkResultSchema schema = new CoGbkResultSchema(TupleTagList.of(nodes).and(edges));

  /** {@link #ELEMENTS} nodes, then the edges given. */
  private static List<RawUnionValue> group(String... edges) {
    List<RawUnionValue> group = new ArrayList<>();
    for (int i = 0; i < ELEMENTS; i++) {
      group.add(new RawUnionValue(0, i));
    }
    for (String edge : edges) {
      group.add(new RawUnionValue(1, edge));
    }
    return group;
  }

  @Test
  void aLargeGroupReadOnceGivesEveryCollection() {
    List<RawUnionValue> group = group("a->b");

    CoGbkResult result = GatherAll.resultOf(schema, new OnePass(group));

    int count = 0;
    for (Integer ignored : result.getAll(nodes)) {
      count++;
    }
    assertEquals(ELEMENTS, count);
    assertEquals(List.of("a->b"), toList(result.getAll(edges)));
    assertEquals(ELEMENTS, toList(result.getAll(nodes)).size(), "read again, from memory");
  }

  @Test
  void coGroupByKeysOwnResultReadsALargeGroupAgain() {
    CoGbkResult lazy = new CoGbkResult(schema, new OnePass(group()));
    // what GatherAll avoids: the default result re-reads the group past its first 10,000
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> toList(lazy.getAll(nodes)));
  }

  private static <T> List<T> toList(Iterable<T> values) {
    List<T> list = new ArrayList<>();
    values.forEach(list::add);
    return list;
  }
}
