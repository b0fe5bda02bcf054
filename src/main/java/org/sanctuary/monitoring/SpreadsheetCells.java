package org.sanctuary.monitoring;

import org.jspecify.annotations.Nullable;

/**
 * Text written to CSV as a spreadsheet reads it: a cell that begins with {@code = + - @}, a tab or a
 * carriage return would run as a formula (OWASP "CSV injection"), so it gets a leading apostrophe and
 * is shown as the text it is. Numbers are written as they are.
 */
public final class SpreadsheetCells {

  private SpreadsheetCells() {}

  public static @Nullable Object cell(@Nullable Object value) {
    if (!(value instanceof String text) || text.isEmpty()) {
      return value;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
  }

  /** Every value of a row, made safe. */
  public static Object[] row(Object... values) {
    Object[] cells = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      cells[i] = cell(values[i]);
    }
    return cells;
  }
}
