package org.sanctuary.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.sanctuary.procedure.clocks.JurisdictionProfile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly run: rejections lapse once, overdue cases are alerted once, even on two nodes. */
@SanctuaryTest
class DailyRunTest {

  private static final LocalDate NOTIFIED = CaseFixtures.NOTIFIED;

  @Autowired DailyRun daily;
  @Autowired Cases cases;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void aRejectionWithoutAppealBecomesFinalTheDayAfterTheGraceAndOnlyOnce() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    Case rejected = CaseFixtures.rejectedCase(office, fixtures.aPersonAt(office, "리철"));
    cases.insert(rejected, false, NOTIFIED.minusDays(45), Instant.now());
    LocalDate graceEnds = JurisdictionProfile.unhcrMandate().endOfGrace(NOTIFIED);

    daily.run(graceEnds);
    assertThat(state(rejected.id())).isEqualTo("REJECTED_NOTIFIED");

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    Callable<DailyRun.Result> night = () -> daily.run(graceEnds.plusDays(1));
    List<Future<DailyRun.Result>> runs = nodes.invokeAll(List.of(night, night));
    nodes.shutdown();
    for (Future<DailyRun.Result> run : runs) {
      run.get();
    }

    assertThat(state(rejected.id())).isEqualTo("FINAL_NEGATIVE");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id = ? AND action = 'APPEAL_WINDOW_LAPSED'")
            .param(rejected.id().toString()).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void aCaseWaitingTooLongForItsInterviewIsAlertedOnceNotEveryNight() {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    Case waiting = CaseFixtures.openCase(office, fixtures.aPersonAt(office, "최명숙"));
    waiting.register(new CaseActor("registrar", Set.of(Role.REGISTRAR)), ActDate.on(LocalDate.of(2002, 1, 10)));
    cases.insert(waiting, false, LocalDate.of(2002, 1, 10), Instant.now());
    LocalDate target = JurisdictionProfile.unhcrMandate().interviewTarget(LocalDate.of(2002, 1, 10), false);

    daily.run(target);
    assertThat(overdueAlerts(waiting.id())).isZero();
    daily.run(target.plusDays(1));
    daily.run(target.plusDays(2));
    assertThat(overdueAlerts(waiting.id())).isEqualTo(1);
  }

  private long overdueAlerts(CaseId id) {
    return jdbc.sql("SELECT COUNT(*) FROM alert WHERE subject_id = ? AND kind = 'DEADLINE_OVERDUE'")
        .param(id.value()).query(Long.class).single();
  }

  private String state(CaseId id) {
    return jdbc.sql("SELECT state FROM procedure_case WHERE id = ?").param(id.value()).query(String.class).single();
  }
}
