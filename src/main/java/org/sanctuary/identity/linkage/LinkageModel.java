package org.sanctuary.identity.linkage;

import java.util.List;

/**
 * What a linkage compares and how it blocks: the columns of the records, the fields compared (each
 * with its comparison and whether exact agreement is weighed by how common the value is), the
 * blocking passes whose union gives the candidate pairs, and the largest block kept.
 *
 * @param columns the records' columns, in order
 * @param fields the comparisons, each on one column
 * @param passes the blocking passes
 * @param largestBlock blocks larger than this are skipped (and counted), not compared pair by pair
 */
public record LinkageModel(List<String> columns, List<Field> fields, List<Pass> passes, int largestBlock) {

  public LinkageModel {
    columns = List.copyOf(columns);
    fields = List.copyOf(fields);
    passes = List.copyOf(passes);
    for (Field field : fields) {
      column(columns, field.column());
    }
    for (Pass pass : passes) {
      for (String c : pass.columns()) {
        column(columns, c);
      }
    }
  }

  /** One compared field. */
  public record Field(String column, FieldComparison comparison, boolean termFrequency) {}

  /**
   * One blocking pass: records agreeing exactly on all these columns (none missing) are compared;
   * an unordered pass also pairs a record whose first column equals the other's second and back
   * (a given name and a surname swapped); a pass on each value of one column takes a column holding
   * several values separated by {@code |} (a person's name keys) and blocks on every one of them.
   * A pass may skip blocks smaller than the model's largest ({@code largestBlock}, 0 for the model's):
   * a coarse pass whose blocks grow with the registry leaves its large blocks to a finer pass.
   */
  public record Pass(List<String> columns, boolean unordered, boolean eachValue, List<String> biases, int largestBlock) {

    public static Pass on(String... columns) {
      return new Pass(List.of(columns), false, false, List.of(columns), 0);
    }

    public static Pass swapped(String first, String second) {
      return new Pass(List.of(first, second), true, false, List.of(first, second), 0);
    }

    public static Pass eachValueOf(String column) {
      return new Pass(List.of(column), false, true, List.of(column), 0);
    }

    /** The same pass, skipping blocks of more than this many records. */
    public Pass upTo(int records) {
      return new Pass(columns, unordered, eachValue, biases, records);
    }

    /**
     * The same pass, saying which compared columns its pairs agree on by construction (a pass on
     * name-key prefixes biases the name keys): those cannot be learned from its pairs.
     */
    public Pass biasing(String... compared) {
      return new Pass(columns, unordered, eachValue, List.of(compared), largestBlock);
    }
  }

  int index(String column) {
    return column(columns, column);
  }

  private static int column(List<String> columns, String column) {
    int at = columns.indexOf(column);
    if (at < 0) {
      throw new IllegalArgumentException("no column " + column);
    }
    return at;
  }
}
