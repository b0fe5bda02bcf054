package org.sanctuary.procedure;

import org.sanctuary.alerts.Alerts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The procedure's nightly work (procedure.md §5): a rejection whose appeal window and grace have
 * passed without an appeal becomes final, and every other passed deadline raises an alert for the
 * office's supervisors. Safe to run twice and on two nodes at once: each batch locks its cases with
 * {@code FOR UPDATE SKIP LOCKED}, saves against the version it read, and a case with an open overdue
 * alert is not alerted again.
 */
@Service
public class DailyRun {

  /** What one run did. */
  public record Result(int lapsed, int alerted) {}

  private static final int BATCH = 200;

  private final Cases cases;
  private final Alerts alerts;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;

  DailyRun(Cases cases, Alerts alerts, AuditTrail audit, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
    this.cases = cases;
    this.alerts = alerts;
    this.audit = audit;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Each night on one node only: the others find the run locked, for at least ten minutes after it started. */
  @Scheduled(cron = "${sanctuary.procedure.daily-run:0 15 2 * * *}", zone = "UTC")
  @SchedulerLock(name = "procedure.daily-run", lockAtLeastFor = "PT10M", lockAtMostFor = "PT3H")
  void nightly() {
    run(LocalDate.now(clock));
  }

  /** Runs the day's work in batches, each in its own transaction, until nothing is due. */
  public Result run(LocalDate today) {
    int lapsed = 0;
    int alerted = 0;
    while (true) {
      Result batch = transactions.execute(tx -> batch(today));
      if (batch == null || batch.lapsed() + batch.alerted() == 0) {
        return new Result(lapsed, alerted);
      }
      lapsed += batch.lapsed();
      alerted += batch.alerted();
    }
  }

  private Result batch(LocalDate today) {
    int lapsed = 0;
    int alerted = 0;
    List<Cases.Stored> due = cases.dueForTheDailyRun(today, BATCH);
    for (Cases.Stored stored : due) {
      Case claim = stored.claim();
      if (claim.lapseIfDue(today)) {
        if (cases.update(claim, stored.version(), stored.priority(), clock.instant())) {
          audit.record(AuditRecord.success("APPEAL_WINDOW_LAPSED", CaseRunner.SUBJECT, claim.id(), claim.office().value()));
          lapsed++;
        }
      } else if (!hasOpenOverdueAlert(claim.id())) {
        alerts.raise(claim.office(), Alerts.Kind.DEADLINE_OVERDUE, CaseRunner.SUBJECT, claim.id().value(),
            claim.fileNumber() + ": overdue while " + claim.state() + ".", List.of(claim.fileNumber(), "state:" + claim.state().name()));
        alerted++;
      }
    }
    return new Result(lapsed, alerted);
  }

  private boolean hasOpenOverdueAlert(CaseId id) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM alert WHERE subject_id = ? AND kind = 'DEADLINE_OVERDUE' AND acknowledged_at IS NULL")
            .param(id.value())
            .query(Long.class)
            .single()
        > 0;
  }
}
