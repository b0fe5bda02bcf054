package org.sanctuary.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.vault.Vault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office tallies add up to the statistics worked out from every row ({@link StatisticsOracle})
 * after what the random API walks do not do: cases recorded before the tallies were kept, counted when
 * the application starts, and many commands on one office's cases at once, all moving the same tallies.
 * The walks ({@code CaseApiProperties}) compare both after every random sequence of commands.
 */
@SanctuaryTest
class OfficeTalliesTest {

  private static final LocalDate INTENT = LocalDate.of(2002, 5, 1);

  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Intake intake;
  @Autowired ProcedureStatistics statistics;
  @Autowired StaleTallies stale;
  @Autowired ApplicationContext application;
  @Autowired JdbcClient jdbc;
  @Autowired Vault vault;
  @Autowired TransactionTemplate transactions;

  @Test
  void casesRecordedBeforeTheTalliesAreCountedWhenTheApplicationStarts() {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    for (int i = 0; i < 3; i++) {
      CaseFixtures.storeRejected(application, office, fixtures.aDistinctPersonAt(office));
    }
    for (int i = 0; i < 2; i++) {
      registered(office, intent(office));
    }
    jdbc.sql("DELETE FROM case_share WHERE office_id = ?").param(office.office().id().value()).update();
    jdbc.sql("DELETE FROM office_tally WHERE office_id = ?").param(office.office().id().value()).update();
    jdbc.sql("UPDATE procedure_case SET tally_stale = TRUE WHERE office_id = ?").param(office.office().id().value()).update();
    assertThat(read(office)).as("uncounted").isNotEqualTo(expected(office));

    stale.countThem();
    assertThat(read(office)).isEqualTo(expected(office));
    assertThat(read(office).casesByState()).contains(
        new OfficeStatistics.CountRow("REJECTED_NOTIFIED", new OfficeStatistics.Count(3L, false)),
        new OfficeStatistics.CountRow("REGISTERED", new OfficeStatistics.Count(2L, false)));

    stale.countThem();
    assertThat(read(office)).as("counted twice").isEqualTo(expected(office));
  }

  @Test
  void commandsAtOnceOnOneOfficesCasesLoseNoCase() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    List<CaseId> opened = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      opened.add(intent(office));
    }
    ExecutorService writers = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (CaseId id : opened) {
        // Registrations move cases between the same tallies; new and rejected cases come into them.
        done.add(writers.submit(() -> registered(office, id)));
        done.add(writers.submit(() -> intent(office)));
        done.add(writers.submit(() -> CaseFixtures.storeRejected(application, office, fixtures.aDistinctPersonAt(office))));
      }
      for (Future<?> writing : done) {
        writing.get();
      }
    } finally {
      writers.shutdown();
    }
    OfficeStatistics read = read(office);
    assertThat(read).isEqualTo(expected(office));
    assertThat(read.casesByState()).contains(
        new OfficeStatistics.CountRow("INTENT_EXPRESSED", new OfficeStatistics.Count(16L, false)),
        new OfficeStatistics.CountRow("REGISTERED", new OfficeStatistics.Count(16L, false)),
        new OfficeStatistics.CountRow("REJECTED_NOTIFIED", new OfficeStatistics.Count(16L, false)));
  }

  /** A new case, its intent recorded on {@link #INTENT} (a capability for another day is not a bean: its transaction is the test's). */
  private CaseId intent(Fixtures.Staffed office) {
    return access.actingAs(office.username(Role.RECEPTION), () -> transactions.execute(tx -> intake.asOf(INTENT).recordIntent(
        Intake.RecordIntent.of(office.office().id(), fixtures.aDistinctPersonAt(office), Set.of(), Channel.OFFICE, null))));
  }

  private void registered(Fixtures.Staffed office, CaseId id) {
    access.actingAs(office.username(Role.REGISTRAR),
        () -> intake.register(id, new Intake.Register(0L, INTENT.plusDays(3), "Recorded from the paper file.")));
  }

  private OfficeStatistics read(Fixtures.Staffed office) {
    return access.actingAs(office.username(Role.SUPERVISOR), () -> statistics.forOffice(office.office().id()));
  }

  private OfficeStatistics expected(Fixtures.Staffed office) {
    return new StatisticsOracle(jdbc, vault).of(office.office().id(), office.office().code(), read(office).asOf(), false);
  }
}
