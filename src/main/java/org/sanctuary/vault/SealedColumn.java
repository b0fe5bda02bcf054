package org.sanctuary.vault;

/**
 * A column whose values are sealed, declared by the module that owns it so that re-encryption after
 * a key rotation, or of values written before encryption existed, can reach it: the table, its UUID
 * key column and office column, the sealed column, and where one is kept, the column of the value's
 * keyed fingerprint. Each value is bound to its place (table, column and row), so a sealed value
 * copied into another row does not open.
 */
public record SealedColumn(String table, String idColumn, String officeColumn, String column,
    @org.jspecify.annotations.Nullable String fingerprintColumn) {

  public SealedColumn(String table, String idColumn, String officeColumn, String column) {
    this(table, idColumn, officeColumn, column, null);
  }

  /** What a value of this column in this row is bound to. */
  public String place(Object id) {
    return table + "." + column + ":" + id;
  }
}
