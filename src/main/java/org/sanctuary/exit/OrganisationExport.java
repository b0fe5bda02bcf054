package org.sanctuary.exit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.audit.AuditEntry;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.audit.SignedCheckpoint;
import org.sanctuary.audit.TrailTransfer;
import org.sanctuary.shared.ValidationFailed;
import org.sanctuary.vault.SealedColumn;
import org.sanctuary.vault.Vault;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the whole organisation in the exit format (docs/exit-format.md): every table it carries, row
 * by row from one consistent snapshot, then the audit trail up to a checkpoint signed after the
 * export's own entry, then a last line that signs the digest of everything before it with the key
 * that signs the trail. Rows are streamed from the database to the stream, so memory stays flat at
 * any size. Sealed fields, and the users' password hashes, go out only for a recorded purpose;
 * without one they are withheld, and each withheld column is named on its row.
 */
@Component
public class OrganisationExport {

  /** What an export wrote: its id, the number of lines before the last, and their digest. */
  public record Exported(UUID id, long lines, String sha256, boolean sealedIncluded) {}

  /** The column that holds credentials: with sealed fields, and only with them. */
  static final Map<String, String> CREDENTIALS = Map.of("app_user", "password_hash");

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate snapshot;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;
  private final TrailTransfer trail;
  private final Vault vault;
  private final List<SealedColumn> sealed;
  private final org.flywaydb.core.Flyway flyway;
  private final Clock clock;

  OrganisationExport(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions, AuditTrail audit,
      TrailTransfer trail, Vault vault, List<SealedColumn> sealed, org.flywaydb.core.Flyway flyway, Clock clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.snapshot = new TransactionTemplate(transactions);
    this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.snapshot.setReadOnly(true);
    this.transactions = new TransactionTemplate(transactions);
    this.audit = audit;
    this.trail = trail;
    this.vault = vault;
    this.sealed = sealed;
    this.flyway = flyway;
    this.clock = clock;
  }

  /**
   * Writes the export to the stream. With a purpose (recorded with the export and in the trail),
   * sealed fields are opened and written; without one they are withheld. {@code by} names who ran it.
   */
  public Exported export(OutputStream out, @Nullable String purpose, String by) {
    String why = purpose == null || purpose.isBlank() ? null : purpose.strip();
    if (why != null && why.length() > 2000) {
      throw ValidationFailed.of("purpose", "is longer than 2000 characters");
    }
    UUID id = UUID.randomUUID();
    OffsetDateTime started = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    transactions.executeWithoutResult(tx -> {
      jdbc.sql("INSERT INTO organisation_export (id, started_at, actor, purpose, sealed_included) VALUES (?, ?, ?, ?, ?)")
          .params(id, started, by, why, why != null).update();
      audit.record(AuditRecord.success("ORGANISATION_EXPORTED", "EXPORT", id, null));
    });
    long entry = jdbc.sql("SELECT id FROM audit_entry WHERE action = 'ORGANISATION_EXPORTED' AND subject_id = ?")
        .param(id.toString()).query(Long.class).single();
    // The trail goes out up to a checkpoint that covers the export's own entry: the file says it was taken.
    SignedCheckpoint checkpoint = trail.checkpointCovering(entry, Duration.ofSeconds(30));
    ExitFile.Writer writer = new ExitFile.Writer(out);
    snapshot.executeWithoutResult(tx -> {
      try {
        write(writer, id, started, why, checkpoint);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    String sha256 = writer.sha256();
    TrailTransfer.Signature signature = trail.sign(ExitFile.signedText(id.toString(), writer.lines(), sha256));
    Map<String, Object> last = new LinkedHashMap<>();
    last.put("record", "end");
    last.put("lines", writer.lines());
    last.put("sha256", sha256);
    last.put("publicKey", signature.publicKey());
    last.put("signature", signature.signature());
    try {
      writer.last(last);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    jdbc.sql("UPDATE organisation_export SET finished_at = ?, lines = ?, sha256 = ? WHERE id = ?")
        .params(OffsetDateTime.now(clock), writer.lines(), sha256, id).update();
    return new Exported(id, writer.lines(), sha256, why != null);
  }

  private void write(ExitFile.Writer writer, UUID id, OffsetDateTime started, @Nullable String purpose,
      SignedCheckpoint checkpoint) throws IOException {
    List<ExitSchema.Table> tables = template.execute((java.sql.Connection c) -> ExitSchema.read(c));
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("record", "header");
    header.put("format", ExitFile.FORMAT);
    header.put("version", ExitFile.VERSION);
    header.put("schema", flyway.info().current().getVersion().getVersion());
    header.put("exportId", id.toString());
    header.put("exportedAt", started.toInstant().toString());
    header.put("purpose", purpose);
    header.put("sealedFields", purpose == null ? "WITHHELD" : "INCLUDED");
    header.put("tables", tables.stream().map(ExitSchema.Table::name).toList());
    writer.line(header);
    Map<String, List<SealedColumn>> sealedByTable = sealed.stream().collect(Collectors.groupingBy(SealedColumn::table));
    for (ExitSchema.Table table : tables) {
      rows(writer, table, sealedByTable.getOrDefault(table.name(), List.of()), purpose != null);
    }
    trail.forEachUpTo(checkpoint, entry -> {
      try {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("record", "audit");
        line.put("entry", entry(entry));
        writer.line(line);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Map<String, Object> signed = new LinkedHashMap<>();
    signed.put("record", "checkpoint");
    signed.put("size", checkpoint.size());
    signed.put("hash", checkpoint.hash());
    signed.put("signedAt", checkpoint.signedAt().toString());
    signed.put("publicKey", checkpoint.publicKey());
    signed.put("signature", checkpoint.signature());
    writer.line(signed);
  }

  private void rows(ExitFile.Writer writer, ExitSchema.Table table, List<SealedColumn> sealedHere, boolean open) {
    List<ExitSchema.Column> columns = ExitSchema.written(table, sealedHere);
    String sql = "SELECT " + columns.stream().map(ExitSchema.Column::name).collect(Collectors.joining(", "))
        + " FROM " + table.name() + " ORDER BY " + String.join(", ", table.key());
    String credential = CREDENTIALS.get(table.name());
    template.query(
        connection -> {
          var statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
          statement.setFetchSize(1000);
          return statement;
        },
        rs -> {
          Map<String, @Nullable Object> row = new LinkedHashMap<>();
          for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i).name(), value(rs, i + 1, columns.get(i).kind()));
          }
          List<String> withheld = new ArrayList<>();
          for (SealedColumn column : sealedHere) {
            Object stored = row.get(column.column());
            if (stored == null || (column.onlyWhere() != null && !Boolean.TRUE.equals(row.get(column.onlyWhere())))) {
              continue;
            }
            if (open) {
              OfficeId office = new OfficeId(UUID.fromString((String) row.get(column.officeColumn())));
              row.put(column.column(), vault.open(office, column.place(row.get(column.idColumn())), (String) stored));
            } else {
              row.put(column.column(), null);
              withheld.add(column.column());
            }
          }
          if (credential != null && !open) {
            row.put(credential, null);
            withheld.add(credential);
          }
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("record", "row");
          line.put("table", table.name());
          line.put("row", row);
          if (!withheld.isEmpty()) {
            line.put("withheld", withheld);
          }
          try {
            writer.line(line);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** A value in its written form: text, number, boolean, or an ISO-8601 / base64 string. */
  private static @Nullable Object value(ResultSet rs, int i, ExitSchema.Kind kind) throws SQLException {
    Object value = switch (kind) {
      case TEXT -> rs.getString(i);
      case INTEGER -> rs.getLong(i);
      case DOUBLE -> rs.getDouble(i);
      case BOOLEAN -> rs.getBoolean(i);
      case UUID -> {
        UUID u = rs.getObject(i, UUID.class);
        yield u == null ? null : u.toString();
      }
      case DATE -> {
        java.time.LocalDate d = rs.getObject(i, java.time.LocalDate.class);
        yield d == null ? null : d.toString();
      }
      case TIMESTAMP -> {
        java.time.LocalDateTime t = rs.getObject(i, java.time.LocalDateTime.class);
        yield t == null ? null : t.toString();
      }
      case TIMESTAMP_WITH_ZONE -> {
        OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
        yield t == null ? null : t.toInstant().toString();
      }
      case BYTES -> {
        byte[] b = rs.getBytes(i);
        yield b == null ? null : Base64.getEncoder().encodeToString(b);
      }
    };
    return rs.wasNull() ? null : value;
  }

  /** An audit entry as the file carries it: every field the chain's hash covers. */
  static Map<String, @Nullable Object> entry(AuditEntry e) {
    Map<String, @Nullable Object> m = new HashMap<>();
    m.put("id", e.id());
    m.put("recordedAt", e.recordedAt().toString());
    m.put("actor", e.actor());
    m.put("officeId", e.officeId() == null ? null : e.officeId().toString());
    m.put("action", e.action());
    m.put("subjectType", e.subjectType());
    m.put("subjectId", e.subjectId());
    m.put("outcome", e.outcome().name());
    m.put("reasonCode", e.reasonCode());
    m.put("actedOn", e.actedOn() == null ? null : e.actedOn().toString());
    m.put("mac", e.mac());
    m.put("chainIndex", e.chainIndex());
    m.put("previousHash", e.previousHash());
    m.put("hash", e.hash());
    return new java.util.TreeMap<>(m);
  }
}
