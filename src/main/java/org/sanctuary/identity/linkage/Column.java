package org.sanctuary.identity.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One column of a run's records, interned once: each record's values (a text holds several separated
 * by {@code |}, such as a person's name keys) as ids of distinct values, each distinct value kept once
 * with the number of records that hold it. A run compares tens of millions of pairs; with the column
 * interned they compare integers, and whatever a comparison derives from a value (a parsed date, a
 * similarity between two keys) is derived once per distinct value, not once per pair.
 */
public final class Column {

  private static final int[] NONE = new int[0];

  private final @Nullable String[] texts;
  private final int[][] ids;
  private final int[] first;
  private final boolean single;
  private final List<String> values;
  private final int[] frequency;

  private Column(@Nullable String[] texts, int[][] ids, boolean single, List<String> values, int[] frequency) {
    this.texts = texts;
    this.ids = ids;
    this.single = single;
    this.values = values;
    this.frequency = frequency;
    // The first value of each record in one flat array: a field of one value is compared without following a pointer.
    this.first = new int[ids.length];
    for (int r = 0; r < ids.length; r++) {
      first[r] = ids[r].length == 0 ? -1 : ids[r][0];
    }
  }

  /** The column at {@code index} of the records (null or empty is missing). */
  static Column of(List<@Nullable String[]> records, int index) {
    int n = records.size();
    @Nullable String[] texts = new String[n];
    int[][] ids = new int[n][];
    Map<String, Integer> known = new HashMap<>();
    List<String> values = new ArrayList<>();
    int[] scratch = new int[8];
    boolean single = true;
    for (int r = 0; r < n; r++) {
      String text = records.get(r)[index];
      texts[r] = text;
      if (text == null || text.isEmpty()) {
        ids[r] = NONE;
        continue;
      }
      single &= text.indexOf('|') < 0;
      int count = 0;
      for (int start = 0; start <= text.length(); ) {
        int end = text.indexOf('|', start);
        end = end < 0 ? text.length() : end;
        if (end > start) {
          String value = text.substring(start, end);
          Integer id = known.get(value);
          if (id == null) {
            id = values.size();
            known.put(value, id);
            values.add(value);
          }
          if (!contains(scratch, count, id)) {
            if (count == scratch.length) {
              scratch = java.util.Arrays.copyOf(scratch, count * 2);
            }
            scratch[count++] = id;
          }
        }
        start = end + 1;
      }
      ids[r] = count == 0 ? NONE : java.util.Arrays.copyOf(scratch, count);
    }
    int[] frequency = new int[values.size()];
    for (int[] held : ids) {
      for (int id : held) {
        frequency[id]++;
      }
    }
    return new Column(texts, ids, single, List.copyOf(values), frequency);
  }

  private static boolean contains(int[] ids, int count, int id) {
    for (int k = 0; k < count; k++) {
      if (ids[k] == id) {
        return true;
      }
    }
    return false;
  }

  /** The record's text as given, null when missing. */
  public @Nullable String text(int record) {
    String text = texts[record];
    return text == null || text.isEmpty() ? null : text;
  }

  /** The record's distinct values as ids, in the order written; empty when missing. Not to be modified. */
  public int[] ids(int record) {
    return ids[record];
  }

  /** The record's first value (its only one, in a column of single values) as an id; -1 when missing. */
  public int id(int record) {
    return first[record];
  }

  /** Whether every record holds at most one value: then equal ids are equal texts. */
  public boolean single() {
    return single;
  }

  /** A distinct value by id. */
  public String value(int id) {
    return values.get(id);
  }

  /** How many distinct values the column holds; ids run from 0 below this. */
  public int distinct() {
    return values.size();
  }

  /** How many records hold a value. */
  public int frequency(int id) {
    return frequency[id];
  }

  /** How many records hold the rarest value two records share; 1 when they share none. */
  int rarestShared(int first, int second) {
    int rarest = Integer.MAX_VALUE;
    for (int a : ids[first]) {
      for (int b : ids[second]) {
        if (a == b) {
          rarest = Math.min(rarest, frequency[a]);
        }
      }
    }
    return rarest == Integer.MAX_VALUE ? 1 : rarest;
  }
}
