package org.sanctuary.exit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of the exit format, read from the database itself so that a table added by a migration
 * is either carried or refused out loud, never silently left behind: each table with its columns and
 * the form of each value, in an order where every table comes after those it refers to.
 */
final class ExitSchema {

  /** The form a column's values take in the file. */
  enum Kind {
    TEXT, INTEGER, DOUBLE, BOOLEAN, UUID, DATE, TIMESTAMP, TIMESTAMP_WITH_ZONE, BYTES
  }

  record Column(String name, Kind kind, int sqlType, boolean nullable) {}

  /**
   * A table: its columns in their order, the columns of its key (rows go out in that order), and
   * the columns that refer to the same table (written after the table's rows, so any order loads).
   */
  record Table(String name, List<Column> columns, List<String> key, List<String> selfReferences) {
    Column column(String name) {
      for (Column c : columns) {
        if (c.name().equals(name)) {
          return c;
        }
      }
      throw new IllegalArgumentException(name);
    }
  }

  /**
   * Tables that are not the organisation's records but this installation's working state, with why
   * each stays behind. The audit trail is carried, in its own records, not as rows.
   */
  static final Map<String, String> LEFT_BEHIND = Map.ofEntries(
      Map.entry("flyway_schema_history", "the installation's migrations; the importing one has its own"),
      Map.entry("spring_session", "sign-ins open on this installation"),
      Map.entry("spring_session_attributes", "sign-ins open on this installation"),
      Map.entry("api_token", "credentials issued by this installation"),
      Map.entry("recovery_code", "second-factor credentials; users enrol again"),
      Map.entry("sign_in_source", "failed sign-ins per address, a defence of this installation"),
      Map.entry("office_key", "keys never leave the installation; the importing one makes its own"),
      Map.entry("import_progress", "progress of list imports running on this installation"),
      Map.entry("shedlock", "locks of the nightly runs of this installation's nodes"),
      Map.entry("audit_entry", "carried as the trail's own records, verified against its checkpoint"),
      Map.entry("audit_head", "carried as the trail's own records"),
      Map.entry("audit_checkpoint", "carried as the checkpoint the trail ends in"));

  /** Columns that stay behind although their table goes: second-factor secrets, sealed with this installation's key. */
  static final Map<String, Set<String>> COLUMNS_LEFT_BEHIND =
      Map.of("app_user", Set.of("totp_secret", "totp_pending_secret", "totp_last_step"));

  /** The office table goes first: an office's keys are made when it arrives, before anything is sealed for it. */
  private static final String FIRST = "office";

  private ExitSchema() {}

  /** Every table of the current schema that the exit format carries, in the order they load. */
  static List<Table> read(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String schema = connection.getSchema();
    Map<String, Table> tables = new TreeMap<>();
    Map<String, Set<String>> refersTo = new TreeMap<>();
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!LEFT_BEHIND.containsKey(name)) {
          tables.put(name, null);
        }
      }
    }
    for (String name : List.copyOf(tables.keySet())) {
      String stored = stored(meta, schema, name);
      List<Column> columns = new ArrayList<>();
      try (ResultSet rs = meta.getColumns(null, schema, stored, "%")) {
        record At(int position, Column column) {}
        List<At> found = new ArrayList<>();
        while (rs.next()) {
          String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
          if (COLUMNS_LEFT_BEHIND.getOrDefault(name, Set.of()).contains(column)) {
            continue;
          }
          int type = rs.getInt("DATA_TYPE");
          found.add(new At(rs.getInt("ORDINAL_POSITION"),
              new Column(column, kind(name, column, type, rs.getString("TYPE_NAME")), type,
                  rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls)));
        }
        found.sort(Comparator.comparingInt(At::position));
        found.forEach(a -> columns.add(a.column()));
      }
      Map<Integer, String> keyColumns = new TreeMap<>();
      try (ResultSet rs = meta.getPrimaryKeys(null, schema, stored)) {
        while (rs.next()) {
          keyColumns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
      List<String> key = keyColumns.isEmpty() ? columns.stream().map(Column::name).toList() : List.copyOf(keyColumns.values());
      Set<String> selfReferences = new TreeSet<>();
      Set<String> referenced = new TreeSet<>();
      try (ResultSet rs = meta.getImportedKeys(null, schema, stored)) {
        while (rs.next()) {
          String target = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (target.equals(name)) {
            selfReferences.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
          } else if (LEFT_BEHIND.containsKey(target)) {
            throw new IllegalStateException(name + " refers to " + target + ", which the exit format leaves behind");
          } else {
            referenced.add(target);
          }
        }
      }
      tables.put(name, new Table(name, List.copyOf(columns), key, List.copyOf(selfReferences)));
      refersTo.put(name, referenced);
    }
    return ordered(tables, refersTo);
  }

  /** Kahn's order: the office first, then each table once all it refers to came, alphabetical among equals. */
  private static List<Table> ordered(Map<String, Table> tables, Map<String, Set<String>> refersTo) {
    List<Table> order = new ArrayList<>();
    Set<String> placed = new TreeSet<>();
    if (tables.containsKey(FIRST)) {
      order.add(tables.get(FIRST));
      placed.add(FIRST);
    }
    while (placed.size() < tables.size()) {
      String next = tables.keySet().stream()
          .filter(t -> !placed.contains(t) && placed.containsAll(refersTo.get(t)))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("tables refer to each other in a circle: "
              + tables.keySet().stream().filter(t -> !placed.contains(t)).toList()));
      order.add(tables.get(next));
      placed.add(next);
    }
    return order;
  }

  /** The name as the database stores it (upper case on some). */
  private static String stored(DatabaseMetaData meta, String schema, String name) throws SQLException {
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        if (rs.getString("TABLE_NAME").equalsIgnoreCase(name)) {
          return rs.getString("TABLE_NAME");
        }
      }
    }
    return name;
  }

  private static Kind kind(String table, String column, int type, String typeName) {
    String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
    if (name.equals("uuid")) {
      return Kind.UUID;
    }
    if (name.equals("timestamptz") || name.contains("with time zone") || type == Types.TIMESTAMP_WITH_TIMEZONE) {
      return Kind.TIMESTAMP_WITH_ZONE;
    }
    return switch (type) {
      case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR,
           Types.NCLOB -> Kind.TEXT;
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
      case Types.DOUBLE, Types.FLOAT, Types.REAL -> Kind.DOUBLE;
      case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
      case Types.DATE -> Kind.DATE;
      case Types.TIMESTAMP -> Kind.TIMESTAMP;
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BYTES;
      default -> throw new IllegalStateException(
          table + "." + column + " is of type " + typeName + ", which the exit format has no form for");
    };
  }

  /**
   * The columns of a table that the file carries: all but the keyed fingerprints of sealed columns,
   * which mean nothing under another installation's keys and are computed again on import.
   */
  static List<Column> written(Table table, List<org.sanctuary.vault.SealedColumn> sealed) {
    Set<String> fingerprints = new TreeSet<>();
    sealed.stream().filter(c -> c.table().equals(table.name()) && c.fingerprintColumn() != null)
        .forEach(c -> fingerprints.add(c.fingerprintColumn()));
    return table.columns().stream().filter(c -> !fingerprints.contains(c.name())).toList();
  }

  /** The columns that an export without a purpose leaves empty: sealed ones, and credentials. */
  static Set<String> withheld(Table table, List<org.sanctuary.vault.SealedColumn> sealed, Map<String, String> credentials) {
    Set<String> withheld = new TreeSet<>();
    sealed.stream().filter(c -> c.table().equals(table.name())).forEach(c -> withheld.add(c.column()));
    if (credentials.containsKey(table.name())) {
      withheld.add(credentials.get(table.name()));
    }
    return withheld;
  }

  /**
   * The JSON Schema (2020-12) of a line of the file, with the columns of every table it carries:
   * docs/exit-format.schema.json is this, written out.
   */
  static Map<String, Object> jsonSchema(List<Table> tables, List<org.sanctuary.vault.SealedColumn> sealed,
      Map<String, String> credentials) {
    Map<String, Object> defs = new LinkedHashMap<>();
    defs.put("header", object(List.of("record", "format", "version", "schema", "exportId", "exportedAt", "sealedFields", "tables"),
        props("record", Map.of("const", "header"), "format", Map.of("const", "sanctuary-exit"), "version", Map.of("const", 1),
            "schema", Map.of("type", "string", "description", "the database migration the source was at"),
            "exportId", Map.of("type", "string", "format", "uuid"),
            "exportedAt", Map.of("type", "string", "format", "date-time"),
            "purpose", Map.of("type", List.of("string", "null"), "description", "why sealed fields went out; null if they did not"),
            "sealedFields", Map.of("enum", List.of("INCLUDED", "WITHHELD")),
            "tables", Map.of("type", "array", "items", Map.of("type", "string")))));
    List<Object> rowTables = new ArrayList<>();
    List<Object> rowShapes = new ArrayList<>();
    for (Table table : tables) {
      rowTables.add(table.name());
      Set<String> emptied = withheld(table, sealed, credentials);
      Map<String, Object> columns = new LinkedHashMap<>();
      for (Column column : written(table, sealed)) {
        columns.put(column.name(), value(column, emptied.contains(column.name())));
      }
      Map<String, Object> shape = new LinkedHashMap<>();
      shape.put("type", "object");
      shape.put("required", columns.keySet().stream().toList());
      shape.put("additionalProperties", false);
      shape.put("properties", columns);
      defs.put("table." + table.name(), shape);
      rowShapes.add(Map.of("if", Map.of("properties", Map.of("table", Map.of("const", table.name()))),
          "then", Map.of("properties", Map.of("row", Map.of("$ref", "#/$defs/table." + table.name())))));
    }
    Map<String, Object> row = object(List.of("record", "table", "row"),
        props("record", Map.of("const", "row"), "table", Map.of("enum", rowTables), "row", Map.of("type", "object"),
            "withheld", Map.of("type", "array", "items", Map.of("type", "string"),
                "description", "columns left empty for want of a purpose")));
    row.put("allOf", rowShapes);
    defs.put("row", row);
    Map<String, Object> nullableText = Map.of("type", List.of("string", "null"));
    defs.put("audit", object(List.of("record", "entry"), props("record", Map.of("const", "audit"), "entry",
        object(List.of("id", "recordedAt", "actor", "action", "subjectType", "outcome", "chainIndex", "previousHash", "hash"),
            props("id", Map.of("type", "integer"), "recordedAt", Map.of("type", "string", "format", "date-time"),
                "actor", Map.of("type", "string"), "officeId", nullableText, "action", Map.of("type", "string"),
                "subjectType", Map.of("type", "string"), "subjectId", nullableText,
                "outcome", Map.of("enum", List.of("SUCCESS", "REFUSED")), "reasonCode", nullableText,
                "actedOn", nullableText, "mac", nullableText, "chainIndex", Map.of("type", "integer"),
                "previousHash", Map.of("type", "string", "pattern", "^[0-9a-f]{64}$"),
                "hash", Map.of("type", "string", "pattern", "^[0-9a-f]{64}$"))))));
    defs.put("checkpoint", object(List.of("record", "size", "hash", "signedAt", "publicKey", "signature"),
        props("record", Map.of("const", "checkpoint"), "size", Map.of("type", "integer"),
            "hash", Map.of("type", "string", "pattern", "^[0-9a-f]{64}$"), "signedAt", Map.of("type", "string", "format", "date-time"),
            "publicKey", Map.of("type", "string", "pattern", "^[0-9a-f]{64}$"),
            "signature", Map.of("type", "string", "pattern", "^[0-9a-f]{128}$"))));
    defs.put("end", object(List.of("record", "lines", "sha256", "publicKey", "signature"),
        props("record", Map.of("const", "end"), "lines", Map.of("type", "integer"),
            "sha256", Map.of("type", "string", "pattern", "^[0-9a-f]{64}$"),
            "publicKey", Map.of("type", "string", "pattern", "^[0-9a-f]{64}$"),
            "signature", Map.of("type", "string", "pattern", "^[0-9a-f]{128}$"))));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "urn:sanctuary:exit-format:1");
    schema.put("title", "One line of a Sanctuary export (docs/exit-format.md)");
    schema.put("oneOf", List.of(Map.of("$ref", "#/$defs/header"), Map.of("$ref", "#/$defs/row"), Map.of("$ref", "#/$defs/audit"),
        Map.of("$ref", "#/$defs/checkpoint"), Map.of("$ref", "#/$defs/end")));
    schema.put("$defs", defs);
    return schema;
  }

  private static Map<String, Object> value(Column column, boolean withheld) {
    Map<String, Object> value = new LinkedHashMap<>();
    String type = switch (column.kind()) {
      case TEXT, UUID, DATE, TIMESTAMP, TIMESTAMP_WITH_ZONE, BYTES -> "string";
      case INTEGER -> "integer";
      case DOUBLE -> "number";
      case BOOLEAN -> "boolean";
    };
    value.put("type", column.nullable() || withheld ? List.of(type, "null") : type);
    switch (column.kind()) {
      case UUID -> value.put("format", "uuid");
      case DATE -> value.put("format", "date");
      case TIMESTAMP_WITH_ZONE -> value.put("format", "date-time");
      case TIMESTAMP -> value.put("pattern", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
      case BYTES -> value.put("contentEncoding", "base64");
      default -> { }
    }
    if (withheld) {
      value.put("description", "null when the export withheld it");
    }
    return value;
  }

  private static Map<String, Object> object(List<String> required, Map<String, Object> properties) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("type", "object");
    object.put("required", required);
    object.put("properties", properties);
    return object;
  }

  private static Map<String, Object> props(Object... pairs) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.put((String) pairs[i], pairs[i + 1]);
    }
    return properties;
  }
}
