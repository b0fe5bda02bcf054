package org.sanctuary.vault;

/**
 * A column whose values are sealed, declared by the module that owns it so that re-encryption after
 * a key rotation, or of values written before encryption existed, can reach it: the table, its UUID
 * key column and office column, the sealed column, and where one is kept, the column of the value's
 * keyed fingerprint, and where only some rows are sealed, the condition that says which. Each value is bound to its place (table, column and row), so a sealed value
 * copied into another row does not open.
 */
public record SealedColumn(String table, String idColumn, String officeColumn, String column,
    @org.jspecify.annotations.Nullable String fingerprintColumn, @org.jspecify.annotations.Nullable String onlyWhere) {

  public SealedColumn(String table, String idColumn, String officeColumn, String column) {
    this(table, idColumn, officeColumn, column, null, null);
  }

  /** A column sealed with a fingerprint beside it. */
  public static SealedColumn withFingerprint(String table, String idColumn, String officeColumn, String column, String fingerprint) {
    return new SealedColumn(table, idColumn, officeColumn, column, fingerprint, null);
  }

  /** A column sealed only in the rows where the condition (a boolean column) holds: text marked sensitive. */
  public static SealedColumn where(String table, String idColumn, String officeColumn, String column, String condition) {
    return new SealedColumn(table, idColumn, officeColumn, column, null, condition);
  }

  /** What a value of this column in this row is bound to. */
  public String place(Object id) {
    return table + "." + column + ":" + id;
  }
}
