package org.sanctuary.vault;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-seals, in the background and a row at a time, every value of every {@link SealedColumn} that is
 * not sealed under its office's current primary key: after a rotation, and the values written before
 * encryption existed. Each row is locked while it is re-sealed, so a concurrent write is never lost;
 * the application stays up throughout. Runs after start (unless switched off) and after a rotation.
 */
@Component
public class Reencryption {

  private static final Logger log = LoggerFactory.getLogger(Reencryption.class);
  private static final int BATCH = 500;

  /** What a run did: rows looked at and rows re-sealed. */
  public record Result(long examined, long resealed) {}

  private final JdbcClient jdbc;
  private final Vault vault;
  private final List<SealedColumn> columns;
  private final TransactionTemplate transactions;
  private final TaskExecutor background;
  private final boolean onStart;
  private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock();

  Reencryption(JdbcClient jdbc, Vault vault, List<SealedColumn> columns, PlatformTransactionManager transactions,
      @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor background,
      @org.springframework.beans.factory.annotation.Value("${sanctuary.vault.reencrypt-on-start:true}")
      boolean onStart) {
    this.jdbc = jdbc;
    this.vault = vault;
    this.columns = columns;
    this.transactions = new TransactionTemplate(transactions);
    this.background = background;
    this.onStart = onStart;
  }

  @EventListener(ApplicationReadyEvent.class)
  void afterStart() {
    if (onStart) {
      inBackground();
    }
  }

  /** Starts a run in the background unless one is going. */
  public void inBackground() {
    background.execute(() -> {
      Result result = run();
      if (result.resealed() > 0) {
        log.info("Re-sealed {} of {} values under the current keys", result.resealed(), result.examined());
      }
    });
  }

  /** Re-seals every value not sealed under its office's primary key; one run at a time per node (a second waits). */
  public Result run() {
    running.lock();
    try {
      long examined = 0;
      long resealed = 0;
      for (SealedColumn column : columns) {
        java.util.UUID after = null;
        while (true) {
          record Row(java.util.UUID id, OfficeId office, String value) {}
          String sql = "SELECT " + column.idColumn() + ", " + column.officeColumn() + ", " + column.column()
              + " FROM " + column.table() + " WHERE " + column.column() + " IS NOT NULL"
              + (column.onlyWhere() == null ? "" : " AND " + column.onlyWhere())
              + (after == null ? "" : " AND " + column.idColumn() + " > :after")
              + " ORDER BY " + column.idColumn() + " LIMIT " + BATCH;
          var query = jdbc.sql(sql);
          if (after != null) {
            query = query.param("after", after);
          }
          List<Row> rows = query.query((rs, n) -> new Row(rs.getObject(1, java.util.UUID.class),
              new OfficeId(rs.getObject(2, java.util.UUID.class)), rs.getString(3))).list();
          for (Row row : rows) {
            examined++;
            if (!vault.sealedUnderPrimary(row.office(), row.value()) && reseal(column, row.id(), row.office())) {
              resealed++;
            }
          }
          if (rows.size() < BATCH) {
            break;
          }
          after = rows.get(rows.size() - 1).id();
        }
      }
      return new Result(examined, resealed);
    } finally {
      running.unlock();
    }
  }

  private boolean reseal(SealedColumn column, java.util.UUID id, OfficeId office) {
    Boolean done = transactions.execute(tx -> {
      String where = " WHERE " + column.idColumn() + " = ?";
      @Nullable String stored = jdbc.sql("SELECT " + column.column() + " FROM " + column.table() + where + " FOR UPDATE")
          .param(id).query(String.class).optional().orElse(null);
      if (stored == null || vault.sealedUnderPrimary(office, stored)) {
        return false;
      }
      String text = vault.open(office, column.place(id), stored);
      jdbc.sql("UPDATE " + column.table() + " SET " + column.column() + " = ?" + where)
          .params(vault.seal(office, column.place(id), text), id).update();
      if (column.fingerprintColumn() != null) {
        jdbc.sql("UPDATE " + column.table() + " SET " + column.fingerprintColumn() + " = ?" + where)
            .params(vault.fingerprint(office, text), id).update();
      }
      return true;
    });
    return Boolean.TRUE.equals(done);
  }
}
