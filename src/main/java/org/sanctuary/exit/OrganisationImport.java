package org.sanctuary.exit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.audit.AuditEntry;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.audit.Outcome;
import org.sanctuary.audit.SignedCheckpoint;
import org.sanctuary.audit.TrailTransfer;
import org.sanctuary.shared.ValidationFailed;
import org.sanctuary.vault.SealedColumn;
import org.sanctuary.vault.Vault;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a file in the exit format into an installation that holds no records yet, in one
 * transaction: nothing is kept unless everything is, and it is kept only if the file is the one the
 * source signed (every line's digest, under the key that signed its audit trail) and its trail links
 * up, entry by entry, to the source's signed checkpoint. Sealed fields are sealed again under this
 * installation's keys. Lines are read one at a time and written in batches, so memory stays flat.
 */
@Component
public class OrganisationImport {

  /** What an import took in: the source's export, the rows and audit entries it wrote. */
  public record Imported(UUID exportId, long rows, long auditEntries, String sha256) {}

  private static final int BATCH = 500;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;
  private final TrailTransfer trail;
  private final Vault vault;
  private final List<SealedColumn> sealed;
  private final org.flywaydb.core.Flyway flyway;
  private final Clock clock;

  OrganisationImport(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions, AuditTrail audit,
      TrailTransfer trail, Vault vault, List<SealedColumn> sealed, org.flywaydb.core.Flyway flyway, Clock clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.transactions = new TransactionTemplate(transactions);
    this.audit = audit;
    this.trail = trail;
    this.vault = vault;
    this.sealed = sealed;
    this.flyway = flyway;
    this.clock = clock;
  }

  /** Imports the file; refused, with nothing written, if it is not whole, not signed, or this installation holds records. */
  public Imported importFrom(InputStream in, String by) {
    return transactions.execute(tx -> {
      try {
        return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), by);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private Imported read(BufferedReader in, String by) throws IOException {
    try {
      return readChecked(in, by);
    } catch (ClassCastException | NullPointerException | IllegalArgumentException | java.time.DateTimeException e) {
      throw refused("a line does not have the form the exit format gives it (docs/exit-format.md)");
    }
  }

  private Imported readChecked(BufferedReader in, String by) throws IOException {
    TrailTransfer.Adoption adoption = trail.adopt();
    List<ExitSchema.Table> tables = template.execute((java.sql.Connection c) -> ExitSchema.read(c));
    Map<String, ExitSchema.Table> byName = new LinkedHashMap<>();
    tables.forEach(t -> byName.put(t.name(), t));
    // Before the first start nobody has signed in or done anything (the trail is empty, checked above):
    // the only rows are the reference data the migrations seed (act types, the gazetteer), which the
    // organisation's own, as it kept them, replace.
    if (jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() > 0) {
      throw refused("this installation has users; an export is imported only into one before its first start");
    }
    for (int i = tables.size() - 1; i >= 0; i--) {
      template.update("DELETE FROM " + tables.get(i).name());
    }
    MessageDigest digest = ExitFile.newDigest();
    long lines = 0;
    Map<String, Object> header = next(in, digest);
    lines++;
    if (header == null || !"header".equals(header.get("record")) || !ExitFile.FORMAT.equals(header.get("format"))) {
      throw refused("the file does not begin with the header of a Sanctuary export");
    }
    if (!Integer.valueOf(ExitFile.VERSION).equals(header.get("version"))) {
      throw refused("the file is in version " + header.get("version") + " of the exit format; this installation reads "
          + ExitFile.VERSION);
    }
    String schema = flyway.info().current().getVersion().getVersion();
    if (!schema.equals(header.get("schema"))) {
      throw refused("the export is of schema version " + header.get("schema") + " and this installation is at " + schema
          + "; import into the same version of Sanctuary, then upgrade");
    }
    if (!"INCLUDED".equals(header.get("sealedFields"))) {
      throw refused("the export withheld its sealed fields (it was taken without a purpose); only a whole export can be"
          + " imported");
    }
    UUID exportId = UUID.fromString((String) header.get("exportId"));
    Map<String, List<SealedColumn>> sealedByTable = sealed.stream().collect(Collectors.groupingBy(SealedColumn::table));
    Loading loading = null;
    Set<String> loaded = new HashSet<>();
    long rows = 0;
    long entries = 0;
    SignedCheckpoint checkpoint = null;
    while (true) {
      String line = in.readLine();
      if (line == null) {
        throw refused("the file ends before its last line: it was cut short");
      }
      Map<String, Object> record = parse(line);
      Object kind = record.get("record");
      if ("end".equals(kind)) {
        if (in.readLine() != null) {
          throw refused("lines follow the last line");
        }
        if (checkpoint == null) {
          throw refused("the file has no audit checkpoint");
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (!Long.valueOf(lines).equals(number(record.get("lines"))) || !sha256.equals(record.get("sha256"))) {
          throw refused("the file is not the one exported: its " + lines + " lines do not have the digest its last line states");
        }
        TrailTransfer.Signature signature =
            new TrailTransfer.Signature((String) record.get("publicKey"), (String) record.get("signature"));
        if (!checkpoint.publicKey().equals(signature.publicKey())
            || !trail.signatureMatches(ExitFile.signedText(exportId.toString(), lines, sha256), signature)) {
          throw refused("the file's digest is not signed by the key that signed its audit trail");
        }
        jdbc.sql("INSERT INTO organisation_import (id, imported_at, actor, source_export_id, lines, sha256,"
                + " source_chain_size, source_chain_hash, source_public_key, source_signature)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(UUID.randomUUID(), OffsetDateTime.now(clock), by, exportId, lines, sha256, checkpoint.size(),
                checkpoint.hash(), checkpoint.publicKey(), checkpoint.signature())
            .update();
        audit.record(AuditRecord.success("ORGANISATION_IMPORTED", "EXPORT", exportId, null));
        return new Imported(exportId, rows, entries, sha256);
      }
      digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
      lines++;
      if (checkpoint != null) {
        throw refused("line " + lines + " follows the audit checkpoint, where only the last line may");
      }
      if ("row".equals(kind)) {
        String name = (String) record.get("table");
        if (loading == null || !loading.table.name().equals(name)) {
          if (loading != null) {
            loading.finish();
          }
          ExitSchema.Table table = byName.get(name);
          if (table == null) {
            throw refused("line " + lines + " holds a row of " + name + ", which this installation has no table for");
          }
          if (!loaded.add(name)) {
            throw refused("the rows of " + name + " are not together (line " + lines + ")");
          }
          loading = new Loading(table, sealedByTable.getOrDefault(name, List.of()));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> row = (Map<String, Object>) record.get("row");
        if (record.get("withheld") != null) {
          throw refused("line " + lines + " withholds " + record.get("withheld"));
        }
        loading.add(row, lines);
        rows++;
      } else if ("audit".equals(kind)) {
        if (loading != null) {
          loading.finish();
          loading = null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) record.get("entry");
        adoption.add(entry(entry));
        entries++;
      } else if ("checkpoint".equals(kind)) {
        if (loading != null) {
          loading.finish();
          loading = null;
        }
        checkpoint = new SignedCheckpoint(number(record.get("size")), (String) record.get("hash"),
            Instant.parse((String) record.get("signedAt")), (String) record.get("publicKey"), (String) record.get("signature"));
        adoption.finish(checkpoint);
      } else {
        throw refused("line " + lines + " is of no kind the format knows (" + kind + ")");
      }
    }
  }

  /** The rows of one table on their way in, a batch at a time. */
  private final class Loading {
    private final ExitSchema.Table table;
    private final List<SealedColumn> sealedHere;
    private final String insert;
    private final List<Object[]> batch = new ArrayList<>();
    private final List<Object[]> selfReferences = new ArrayList<>();
    private final List<OfficeId> offices = new ArrayList<>();

    Loading(ExitSchema.Table table, List<SealedColumn> sealedHere) {
      this.table = table;
      this.sealedHere = sealedHere;
      this.insert = "INSERT INTO " + table.name() + " ("
          + table.columns().stream().map(ExitSchema.Column::name).collect(Collectors.joining(", ")) + ") VALUES ("
          + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    void add(Map<String, Object> written, long line) {
      Map<String, Object> row = new LinkedHashMap<>(written);
      for (String column : row.keySet()) {
        if (table.columns().stream().noneMatch(c -> c.name().equals(column))) {
          throw refused("line " + line + ": " + table.name() + " has no column " + column + " here");
        }
      }
      for (SealedColumn column : sealedHere) {
        Object text = row.get(column.column());
        if (text == null || (column.onlyWhere() != null && !Boolean.TRUE.equals(row.get(column.onlyWhere())))) {
          continue;
        }
        OfficeId office = new OfficeId(UUID.fromString((String) row.get(column.officeColumn())));
        row.put(column.column(), vault.seal(office, column.place(row.get(column.idColumn())), (String) text));
        if (column.fingerprintColumn() != null) {
          row.put(column.fingerprintColumn(), vault.fingerprint(office, (String) text));
        }
      }
      Object[] values = new Object[table.columns().size()];
      for (int i = 0; i < values.length; i++) {
        ExitSchema.Column column = table.columns().get(i);
        values[i] = value(row.get(column.name()), column.kind(), table.name() + "." + column.name(), line);
        if (values[i] != null && table.selfReferences().contains(column.name())) {
          Object[] later = new Object[table.key().size() + 2];
          later[0] = column.name();
          later[1] = values[i];
          for (int k = 0; k < table.key().size(); k++) {
            ExitSchema.Column key = table.column(table.key().get(k));
            later[k + 2] = value(row.get(key.name()), key.kind(), table.name() + "." + key.name(), line);
          }
          selfReferences.add(later);
          values[i] = null;
        }
      }
      if (table.name().equals("office")) {
        offices.add(new OfficeId((UUID) values[table.columns().indexOf(table.column("id"))]));
      }
      batch.add(values);
      if (batch.size() == BATCH) {
        flush();
      }
    }

    private void flush() {
      if (batch.isEmpty()) {
        return;
      }
      template.batchUpdate(insert, batch, BATCH, (statement, values) -> {
        for (int i = 0; i < values.length; i++) {
          if (values[i] == null) {
            statement.setNull(i + 1, table.columns().get(i).sqlType());
          } else {
            statement.setObject(i + 1, values[i]);
          }
        }
      });
      batch.clear();
      // An office's keys are made as it arrives, in this transaction: its records are sealed with them.
      offices.forEach(vault::createKeysWithin);
      offices.clear();
    }

    /** The last batch, then the references within the table, now that every row they point to is there. */
    void finish() {
      flush();
      for (Object[] later : selfReferences) {
        String where = table.key().stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "));
        Object[] params = new Object[later.length - 1];
        System.arraycopy(later, 1, params, 0, params.length);
        template.update("UPDATE " + table.name() + " SET " + later[0] + " = ? WHERE " + where, params);
      }
      selfReferences.clear();
    }
  }

  private static @Nullable Object value(@Nullable Object written, ExitSchema.Kind kind, String column, long line) {
    if (written == null) {
      return null;
    }
    try {
      return switch (kind) {
        case TEXT -> (String) written;
        case INTEGER -> ((Number) written).longValue();
        case DOUBLE -> ((Number) written).doubleValue();
        case BOOLEAN -> (Boolean) written;
        case UUID -> UUID.fromString((String) written);
        case DATE -> LocalDate.parse((String) written);
        case TIMESTAMP -> LocalDateTime.parse((String) written);
        case TIMESTAMP_WITH_ZONE -> OffsetDateTime.ofInstant(Instant.parse((String) written), ZoneOffset.UTC);
        case BYTES -> Base64.getDecoder().decode((String) written);
      };
    } catch (RuntimeException e) {
      // The value itself is not repeated: it may be someone's name, and errors reach the logs.
      throw refused("line " + line + ": " + column + " is not a " + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  private static AuditEntry entry(Map<String, Object> m) {
    return new AuditEntry(
        number(m.get("id")),
        Instant.parse((String) m.get("recordedAt")),
        (String) m.get("actor"),
        m.get("officeId") == null ? null : UUID.fromString((String) m.get("officeId")),
        (String) m.get("action"),
        (String) m.get("subjectType"),
        (String) m.get("subjectId"),
        Outcome.valueOf((String) m.get("outcome")),
        (String) m.get("reasonCode"),
        m.get("actedOn") == null ? null : LocalDate.parse((String) m.get("actedOn")),
        (String) m.get("mac"),
        m.get("chainIndex") == null ? null : number(m.get("chainIndex")),
        (String) m.get("previousHash"),
        (String) m.get("hash"));
  }

  private static long number(@Nullable Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    throw refused("a number was expected, not " + value);
  }

  private @Nullable Map<String, Object> next(BufferedReader in, MessageDigest digest) throws IOException {
    String line = in.readLine();
    if (line == null) {
      return null;
    }
    digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    return parse(line);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String line) {
    try {
      return ExitFile.JSON.readValue(line, Map.class);
    } catch (RuntimeException e) {
      throw refused("a line is not a JSON object");
    }
  }

  private static ValidationFailed refused(String why) {
    return ValidationFailed.of("file", why);
  }
}
