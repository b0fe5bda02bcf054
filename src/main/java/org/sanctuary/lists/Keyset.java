package org.sanctuary.lists;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The order of a list and the positions in it, so that a client can walk a list of any length: each
 * page names the position after its last row ({@link ResultPage#next()}), and the next page starts
 * there ({@link PageRequest#after()}) instead of skipping rows by number. Reading page 5,000 costs what
 * reading page 1 costs, and a row added or removed meanwhile shifts nothing.
 *
 * <p>The order's last key is unique (an id), and no key is null. A position is the last row's keys,
 * encoded so that a client treats it as opaque. It travels in URLs, so the keys of an order are what
 * the reader was shown and no more than ids, days, times, ranks and a user name: never a person's
 * name or any other content.
 */
public final class Keyset {

  /** How a key's value is read, written in a position and bound again. */
  public enum Type {
    TEXT, LONG, DOUBLE, BOOLEAN, DATE, TIMESTAMP, UUID
  }

  /** One key of the order: its SQL expression, the label it is selected under, its type and direction. */
  public record Key(String expression, String label, Type type, boolean descending) {}

  public static Key ascending(String expression, Type type) {
    return new Key(expression, label(expression), type, false);
  }

  public static Key descending(String expression, Type type) {
    return new Key(expression, label(expression), type, true);
  }

  private static String label(String expression) {
    return expression.substring(expression.lastIndexOf('.') + 1);
  }

  private final List<Key> keys;

  private Keyset(List<Key> keys) {
    this.keys = List.copyOf(keys);
  }

  public static Keyset of(Key... keys) {
    return new Keyset(List.of(keys));
  }

  /** The ORDER BY clause's terms. */
  public String orderBy() {
    List<String> terms = new ArrayList<>();
    for (Key key : keys) {
      terms.add(key.expression() + (key.descending() ? " DESC" : ""));
    }
    return String.join(", ", terms);
  }

  /**
   * The condition for rows after the page's position: a row comparison when the keys go the same way,
   * which an index in the list's order seeks to; otherwise a bound on the first key and the rows after
   * the position key by key. {@code TRUE} when the page has none. Its parameters are
   * named {@code after0}, {@code after1}...: {@link #read} binds them.
   */
  public String after(PageRequest page) {
    if (page.after() == null) {
      return "TRUE";
    }
    Key first = keys.get(0);
    if (keys.stream().allMatch(k -> k.descending() == first.descending())) {
      // One row comparison, which an index in the list's order seeks to.
      List<String> columns = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        columns.add(keys.get(i).expression());
        values.add(":after" + i);
      }
      return "(" + String.join(", ", columns) + ")" + (first.descending() ? " < " : " > ") + "(" + String.join(", ", values) + ")";
    }
    // Directions differ: a bound on the first key, then the rows after the position key by key.
    StringBuilder sql = new StringBuilder("(" + first.expression() + (first.descending() ? " <= " : " >= ") + ":after0 AND (");
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        sql.append(" OR ");
      }
      sql.append('(');
      for (int j = 0; j < i; j++) {
        sql.append(keys.get(j).expression()).append(" = :after").append(j).append(" AND ");
      }
      Key key = keys.get(i);
      sql.append(key.expression()).append(key.descending() ? " < " : " > ").append(":after").append(i).append(')');
    }
    return sql.append("))").toString();
  }

  /** Binds the position's values to the parameters of {@link #after}, when the page has a position. */
  private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, PageRequest page) {
    if (page.after() == null) {
      return statement;
    }
    List<Object> values = decode(page.after());
    for (int i = 0; i < values.size(); i++) {
      statement = statement.param("after" + i, values.get(i));
    }
    return statement;
  }

  /**
   * The rows of a page, read with the position's values bound to the condition of {@link #after}, and
   * the position after its last row when the page is full (a next page may follow). The keys are read
   * from each row by their labels.
   */
  public <T> Rows<T> read(JdbcClient.StatementSpec statement, PageRequest page, RowMapper<T> mapper) {
    List<T> items = new ArrayList<>();
    String[] last = new String[1];
    bind(statement, page).query((ResultSet rs) -> {
      items.add(mapper.mapRow(rs, items.size()));
      if (items.size() == page.size()) {
        last[0] = encode(rs);
      }
    });
    return new Rows<>(items, last[0]);
  }

  /** A page's rows, and the position after the last one (none when the list ended on this page). */
  public record Rows<T>(List<T> items, @Nullable String next) {}

  /** The page of a list read by position: its rows, the position after them, and the list's total. */
  public static <T> ResultPage<T> page(Rows<T> rows, PageRequest request, long total) {
    return new ResultPage<>(rows.items(), request.page(), request.size(), total, total > ResultPage.COUNT_LIMIT, rows.next());
  }

  private String encode(ResultSet rs) throws SQLException {
    List<String> parts = new ArrayList<>();
    for (Key key : keys) {
      String value = switch (key.type()) {
        case TEXT -> rs.getString(key.label());
        case LONG -> Long.toString(rs.getLong(key.label()));
        case DOUBLE -> Double.toString(rs.getDouble(key.label()));
        case BOOLEAN -> Boolean.toString(rs.getBoolean(key.label()));
        case DATE -> rs.getObject(key.label(), LocalDate.class).toString();
        case TIMESTAMP -> rs.getObject(key.label(), OffsetDateTime.class).toString();
        case UUID -> rs.getObject(key.label(), UUID.class).toString();
      };
      parts.add(Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
    }
    return String.join(".", parts);
  }

  private List<Object> decode(String position) {
    String[] parts = position.split("\\.", -1);
    if (parts.length != keys.size()) {
      throw notAPosition();
    }
    List<Object> values = new ArrayList<>();
    try {
      for (int i = 0; i < parts.length; i++) {
        String value = new String(Base64.getUrlDecoder().decode(parts[i]), StandardCharsets.UTF_8);
        values.add(switch (keys.get(i).type()) {
          case TEXT -> value;
          case LONG -> Long.parseLong(value);
          case DOUBLE -> Double.parseDouble(value);
          case BOOLEAN -> {
            if (!value.equals("true") && !value.equals("false")) {
              throw notAPosition();
            }
            yield Boolean.parseBoolean(value);
          }
          case DATE -> LocalDate.parse(value);
          case TIMESTAMP -> OffsetDateTime.parse(value);
          case UUID -> java.util.UUID.fromString(value);
        });
      }
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw notAPosition();
    }
    return values;
  }

  private static ValidationFailed notAPosition() {
    return ValidationFailed.of("after", "is not a position in this list");
  }
}
