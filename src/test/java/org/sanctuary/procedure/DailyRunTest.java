package org.sanctuary.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.sanctuary.procedure.clocks.JurisdictionProfile;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.Assessment.Element;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.procedure.interview.Applicant;
import org.sanctuary.procedure.interview.InterviewPlan;
import org.sanctuary.procedure.interview.Interviewer;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly run: rejections lapse once, overdue cases are alerted once, even on two nodes. */
@SanctuaryTest
class DailyRunTest {

  private static final LocalDate NOTIFIED = LocalDate.of(2002, 7, 1);

  @Autowired DailyRun daily;
  @Autowired Cases cases;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void aRejectionWithoutAppealBecomesFinalTheDayAfterTheGraceAndOnlyOnce() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    Case rejected = rejectedCase(office, fixtures.aPersonAt(office, "리철"));
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
    Case waiting = openCase(office, fixtures.aPersonAt(office, "최명숙"));
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

  private static Case openCase(Fixtures.Staffed office, PersonId person) {
    return Case.recordIntent(new CaseId(UUID.randomUUID()), office.office().id(),
        office.office().code() + "-2002-" + (10000 + new java.util.Random().nextInt(89999)), person, Set.of(),
        Channel.OFFICE, Modality.REGULAR, JurisdictionProfile.unhcrMandate(), ActDate.on(LocalDate.of(2002, 1, 2)),
        new CaseActor("reception", Set.of(Role.RECEPTION)));
  }

  private static Case rejectedCase(Fixtures.Staffed office, PersonId person) {
    Case claim = openCase(office, person);
    LocalDate day = NOTIFIED.minusDays(40);
    claim.register(new CaseActor("registrar", Set.of(Role.REGISTRAR)), ActDate.on(day));
    claim.provideInformation(new CaseActor("registrar", Set.of(Role.REGISTRAR)), "ko", ActDate.on(day));
    UUID interview = UUID.randomUUID();
    claim.scheduleInterview(new CaseActor("reception", Set.of(Role.RECEPTION)), interview,
        new Applicant("ko", GenderPreference.NONE, GenderPreference.NONE, Set.of(), null),
        new InterviewPlan(new Interviewer("eo", Set.of("ko"), Sex.MALE, false), null, null, null, null), ActDate.on(day));
    CaseActor officer = new CaseActor("eo", Set.of(Role.ELIGIBILITY_OFFICER));
    claim.recordInterview(officer, interview, true, null, ActDate.on(day.plusDays(5)));
    Element yes = new Element(Finding.POSITIVE, "Established.");
    claim.writeAssessment(officer, new Assessment(yes, new Element(Finding.NEGATIVE, "Contradictions."), yes, yes, yes,
        yes, Set.of(), yes, "Illegal exit considered.", Exclusion.NOT_EXCLUDED, null, null), ActDate.on(day.plusDays(10)));
    claim.draftDecision(officer, new DecisionDraft(DecisionDraft.Outcome.REJECTION, Set.of("CREDIBILITY"), "Reasons.",
        "Art 1A(2)", "Appeal within 30 days.", "ko", Set.of()), ActDate.on(day.plusDays(15)));
    claim.signDecision(new CaseActor("supervisor", Set.of(Role.SUPERVISOR)), true, ActDate.on(NOTIFIED));
    return claim;
  }
}
