package org.sanctuary.monitoring.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The progress of running list imports, in the database: the import writes all its rows in one
 * transaction, so its progress is written beside it in short transactions of its own (at most every
 * quarter second), where the page polling it can read it from any node. Progress is kept per user:
 * another user who guesses the id sees nothing.
 */
@Component
public class ImportProgress {

  /** How far one import is. */
  public record Done(int rows, int of) {}

  private static final Duration EVERY = Duration.ofMillis(250);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate separately;

  ImportProgress(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A progress report for one import of one user, to pass to {@link ListImport#run}. */
  public ListImport.Progress trackerFor(UUID importId, String username) {
    return new ListImport.Progress() {
      private Instant last = Instant.MIN;

      @Override
      public void written(int rows, int of) {
        Instant now = clock.instant();
        if (rows == of || Duration.between(last, now).compareTo(EVERY) >= 0) {
          last = now;
          separately.executeWithoutResult(tx -> save(importId, username, rows, of, now));
        }
      }
    };
  }

  private void save(UUID importId, String username, int rows, int of, Instant now) {
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    int updated = jdbc.sql("UPDATE import_progress SET rows_written = ?, rows_total = ?, updated_at = ? WHERE id = ? AND username = ?")
        .params(rows, of, at, importId, username)
        .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO import_progress (id, username, rows_written, rows_total, updated_at) VALUES (?, ?, ?, ?, ?)")
          .params(importId, username, rows, of, at)
          .update();
    }
  }

  public Optional<Done> of(UUID importId, String username) {
    return jdbc.sql("SELECT rows_written, rows_total FROM import_progress WHERE id = ? AND username = ?")
        .params(importId, username)
        .query((rs, n) -> new Done(rs.getInt(1), rs.getInt(2)))
        .optional();
  }

  /** The import ended, written or not: its progress goes. */
  public void finished(UUID importId, String username) {
    separately.executeWithoutResult(tx ->
        jdbc.sql("DELETE FROM import_progress WHERE id = ? AND username = ?").params(importId, username).update());
  }
}
