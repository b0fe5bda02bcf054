package org.sanctuary.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.sanctuary.Fixtures;
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
import org.springframework.context.ApplicationContext;

/** Cases in a given state, stored directly, for tests of what happens to them over time. */
public final class CaseFixtures {

  /** The day the rejection of {@link #rejectedCase} was notified. */
  public static final LocalDate NOTIFIED = LocalDate.of(2002, 7, 1);

  private CaseFixtures() {}

  /** Stores a rejection notified on {@link #NOTIFIED}, not appealed, and answers its id. */
  public static CaseId storeRejected(ApplicationContext application, Fixtures.Staffed office, PersonId person) {
    Case rejected = rejectedCase(office, person);
    application.getBean(Cases.class).insert(rejected, false, NOTIFIED.minusDays(45), Instant.now());
    return rejected.id();
  }

  /** The last day of the appeal window and its grace for {@link #rejectedCase}. */
  public static LocalDate graceEnds() {
    return JurisdictionProfile.unhcrMandate().endOfGrace(NOTIFIED);
  }

  static Case openCase(Fixtures.Staffed office, PersonId person) {
    return Case.recordIntent(new CaseId(UUID.randomUUID()), office.office().id(),
        office.office().code() + "-2002-" + (10000 + new java.util.Random().nextInt(89999)), person, Set.of(),
        Channel.OFFICE, Modality.REGULAR, JurisdictionProfile.unhcrMandate(), ActDate.on(LocalDate.of(2002, 1, 2)),
        new CaseActor("reception", Set.of(Role.RECEPTION)));
  }

  static Case rejectedCase(Fixtures.Staffed office, PersonId person) {
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
