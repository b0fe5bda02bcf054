package org.sanctuary.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Role;
import org.sanctuary.procedure.clocks.JurisdictionProfile;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.Assessment.Element;
import org.sanctuary.procedure.decision.ConventionGround;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.procedure.interview.Applicant;
import org.sanctuary.procedure.interview.InterviewPlan;
import org.sanctuary.procedure.interview.Interviewer;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.Sex;

/**
 * The procedure as the standard tells it: a family that entered an embassy in June 2002, a claim
 * heard, reasoned and decided, an independent appeal, and a lock that holds while the claim can
 * still succeed.
 */
class CaseLifecycleScenarioTest {

  private static final LocalDate JUNE_13 = LocalDate.of(2002, 6, 13);
  private static final CaseActor RECEPTION = new CaseActor("reception", Set.of(Role.RECEPTION));
  private static final CaseActor REGISTRAR = new CaseActor("registrar", Set.of(Role.REGISTRAR));
  private static final CaseActor OFFICER = new CaseActor("eo-kim", Set.of(Role.ELIGIBILITY_OFFICER));
  private static final CaseActor SUPERVISOR = new CaseActor("supervisor-lee", Set.of(Role.SUPERVISOR));
  private static final CaseActor APPEAL_OFFICER = new CaseActor("appeal-park", Set.of(Role.APPEAL_OFFICER));
  private static final Applicant HAN = new Applicant("ko", GenderPreference.NONE, GenderPreference.NONE, Set.of(), null);
  private static final UUID INTERVIEW = UUID.randomUUID();
  private static final UUID APPEAL = UUID.randomUUID();
  private static final InterviewPlan HEARING =
      new InterviewPlan(new Interviewer("eo-kim", Set.of("ko"), Sex.FEMALE, false), null, null, null, null);

  @Test
  void anEmbassyEntrantIsHeardAndRecognisedAndCanNeverBeHandedOver() {
    Case claim = heardAndAssessed(positiveAssessment());
    claim.draftDecision(OFFICER, recognition(), ActDate.on(JUNE_13.plusDays(40)));
    claim.signDecision(SUPERVISOR, true, ActDate.on(JUNE_13.plusDays(45)));

    assertThat(claim.state()).isEqualTo(ClaimState.RECOGNISED);
    assertThat(claim.mayBeRemoved(true, JUNE_13.plusYears(5)).refusal()).isEqualTo(ReasonCode.PENDING_CLAIM_NON_REFOULEMENT);
    assertThat(claim.history()).extracting(e -> e.what().label()).containsExactly(
        "IntentRecorded", "Registered", "InformationProvided", "InterviewScheduled", "InterviewRecorded",
        "AssessmentWritten", "DecisionDrafted", "DecisionSigned");
  }

  @Test
  void aRejectionIsAppealedToAnIndependentOfficerAndOnlyThenCanTheLockOpen() {
    Case claim = rejected();
    LocalDate notified = JUNE_13.plusDays(45);
    assertThat(claim.appealDeadline()).isEqualTo(notified.plusDays(30));
    assertThat(claim.mayBeRemoved(true, notified.plusDays(1)).allowed()).isFalse();

    claim.lodgeAppeal(REGISTRAR, APPEAL, ActDate.on(notified.plusDays(20)));
    assertThatThrownBy(() -> claim.assignAppeal(SUPERVISOR, APPEAL, "supervisor-lee", ActDate.on(notified.plusDays(21))))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(ReasonCode.CONFLICT_FIRST_INSTANCE_ACTOR));
    claim.assignAppeal(SUPERVISOR, APPEAL, "appeal-park", ActDate.on(notified.plusDays(21)));
    assertThat(claim.mayBeRemoved(true, notified.plusYears(1)).allowed()).as("appeal pending").isFalse();
    claim.decideAppeal(APPEAL_OFFICER, APPEAL, Case.AppealOutcome.DISMISSED, "The contradictions stand.", ActDate.on(notified.plusDays(60)));

    assertThat(claim.state()).isEqualTo(ClaimState.FINAL_NEGATIVE);
    assertThat(claim.mayBeRemoved(false, notified.plusDays(200)).allowed()).as("no risk assessment").isFalse();
    assertThat(claim.mayBeRemoved(true, notified.plusDays(200)).allowed()).isTrue();
  }

  @Test
  void withoutAnAppealTheRejectionLapsesOnlyAfterTheWindowAndItsGrace() {
    Case claim = rejected();
    LocalDate notified = JUNE_13.plusDays(45);
    LocalDate graceEnds = JurisdictionProfile.unhcrMandate().endOfGrace(notified);

    assertThat(claim.lapseIfDue(graceEnds)).isFalse();
    assertThat(claim.state()).isEqualTo(ClaimState.REJECTED_NOTIFIED);
    assertThat(claim.lapseIfDue(graceEnds.plusDays(1))).isTrue();
    assertThat(claim.lapseIfDue(graceEnds.plusDays(2))).as("running the job twice changes nothing").isFalse();
    assertThat(claim.state()).isEqualTo(ClaimState.FINAL_NEGATIVE);
  }

  @Test
  void aLateAppealWithinTheGraceIsAcceptedAndMarkedForADecisionOnFlexibility() {
    Case claim = rejected();
    claim.lodgeAppeal(REGISTRAR, APPEAL, ActDate.on(JUNE_13.plusDays(45 + 40)));
    assertThat(claim.appealLate()).isTrue();
    assertThat(claim.history().get(claim.history().size() - 1).detail()).contains("flexibility");
  }

  @Test
  void aRefusedCommandLeavesTheCaseExactlyAsItWas() {
    Case claim = heardAndAssessed(negativeAssessment());
    claim.draftDecision(OFFICER, new DecisionDraft(DecisionDraft.Outcome.REJECTION, Set.of(), "Economic migrant.", null, null, "ko", Set.of()), ActDate.on(JUNE_13.plusDays(40)));
    int events = claim.history().size();

    assertThatThrownBy(() -> claim.signDecision(SUPERVISOR, true, ActDate.on(JUNE_13.plusDays(45))))
        .isInstanceOfSatisfying(Refusal.class, r -> {
          assertThat(r.code()).isEqualTo(ReasonCode.INCOMPLETE_REASONS);
          assertThat(r.missing()).contains("legalBasis", "appealInstructions");
        });
    assertThatThrownBy(() -> claim.signDecision(OFFICER, true, ActDate.on(JUNE_13.plusDays(45))))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(ReasonCode.NOT_PERMITTED));
    assertThat(claim.state()).isEqualTo(ClaimState.DECISION_DRAFTED);
    assertThat(claim.history()).hasSize(events);
    assertThat(claim.appealDeadline()).isNull();
  }

  @Test
  void noInterviewIsBookedBeforeTheInformationPack() {
    Case claim = opened();
    claim.register(REGISTRAR, ActDate.on(JUNE_13));
    assertThatThrownBy(() -> claim.scheduleInterview(RECEPTION, INTERVIEW, HAN, HEARING, ActDate.on(JUNE_13)))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(ReasonCode.ILLEGAL_TRANSITION));
  }

  @Test
  void aCaseOnHoldResumesWhereItStoodAndOffersOnlyWhatTheRoleMayDoThere() {
    Case claim = opened();
    claim.register(REGISTRAR, ActDate.on(JUNE_13));
    assertThat(claim.commandsFor(REGISTRAR)).contains(Command.PROVIDE_INFORMATION, Command.WITHDRAW);
    assertThat(claim.commandsFor(OFFICER)).isEmpty();

    claim.hold(SUPERVISOR, "Medical emergency", ActDate.on(JUNE_13.plusDays(1)));
    assertThat(claim.commandsFor(REGISTRAR)).isEmpty();
    assertThat(claim.commandsFor(SUPERVISOR)).containsExactly(Command.RESUME);
    claim.resume(SUPERVISOR, ActDate.on(JUNE_13.plusDays(9)));

    assertThat(claim.state()).isEqualTo(ClaimState.REGISTERED);
  }

  @Test
  void aNoShowClosesOnlyAfterSixWeeksAndAContactAttempt() {
    Case claim = opened();
    claim.register(REGISTRAR, ActDate.on(JUNE_13));
    claim.provideInformation(REGISTRAR, "ko", ActDate.on(JUNE_13));
    claim.scheduleInterview(RECEPTION, INTERVIEW, HAN, HEARING, ActDate.on(JUNE_13));
    assertThatThrownBy(() -> claim.recordNoShow(RECEPTION, UUID.randomUUID(), ActDate.on(JUNE_13.plusDays(10))))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(ReasonCode.ILLEGAL_TRANSITION));
    claim.recordNoShow(RECEPTION, INTERVIEW, ActDate.on(JUNE_13.plusDays(10)));

    assertThatThrownBy(() -> claim.closeAbandoned(SUPERVISOR, JUNE_13.plusDays(60)))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(ReasonCode.CLOSURE_TOO_EARLY));
    claim.recordContactAttempt(REGISTRAR, ActDate.on(JUNE_13.plusDays(20)), "phone, no answer");
    claim.closeAbandoned(SUPERVISOR, JUNE_13.plusDays(60));
    assertThat(claim.state()).isEqualTo(ClaimState.CLOSED_ABANDONED);
  }

  @Test
  void onlyAContactAttemptMadeAfterTheMissedAppointmentCountsTowardsAbandonment() {
    Case claim = opened();
    claim.register(REGISTRAR, ActDate.on(JUNE_13));
    claim.provideInformation(REGISTRAR, "ko", ActDate.on(JUNE_13));
    claim.scheduleInterview(RECEPTION, INTERVIEW, HAN, HEARING, ActDate.on(JUNE_13));
    claim.recordContactAttempt(REGISTRAR, ActDate.on(JUNE_13.plusDays(2)), "reminder call before the appointment");
    claim.recordNoShow(RECEPTION, INTERVIEW, ActDate.on(JUNE_13.plusDays(10)));
    claim.recordContactAttempt(REGISTRAR, ActDate.on(JUNE_13.plusDays(5)), "a letter sent before it, recorded late");

    assertThatThrownBy(() -> claim.closeAbandoned(SUPERVISOR, JUNE_13.plusDays(60)))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(ReasonCode.CLOSURE_TOO_EARLY));
    assertThat(claim.history()).extracting(e -> e.what().label()).filteredOn("ContactAttempted"::equals).hasSize(2);

    claim.recordContactAttempt(REGISTRAR, ActDate.on(JUNE_13.plusDays(12)), "phone, no answer");
    claim.closeAbandoned(SUPERVISOR, JUNE_13.plusDays(60));
    assertThat(claim.state()).isEqualTo(ClaimState.CLOSED_ABANDONED);
  }

  private static Case opened() {
    return Case.recordIntent(new CaseId(UUID.randomUUID()), new OfficeId(UUID.randomUUID()), "EMB-2002-00001",
        new PersonId(UUID.randomUUID()), Set.of(), Channel.DIPLOMATIC_PREMISES, Modality.REGULAR,
        JurisdictionProfile.unhcrMandate(), ActDate.on(JUNE_13), new CaseActor("registrar2", Set.of(Role.REGISTRAR)));
  }

  private static Case heardAndAssessed(Assessment assessment) {
    Case claim = opened();
    claim.register(REGISTRAR, ActDate.on(JUNE_13));
    claim.provideInformation(REGISTRAR, "ko", ActDate.on(JUNE_13));
    claim.scheduleInterview(RECEPTION, INTERVIEW, HAN, HEARING, ActDate.on(JUNE_13.plusDays(1)));
    claim.recordInterview(OFFICER, INTERVIEW, true, null, ActDate.on(JUNE_13.plusDays(30)));
    claim.writeAssessment(OFFICER, assessment, ActDate.on(JUNE_13.plusDays(35)));
    return claim;
  }

  private static Case rejected() {
    Case claim = heardAndAssessed(negativeAssessment());
    claim.draftDecision(OFFICER, new DecisionDraft(DecisionDraft.Outcome.REJECTION, Set.of("CREDIBILITY"),
        "Your account of the crossing changed between interviews in ways you could not explain.",
        "1951 Convention Art 1A(2)", "Appeal in writing within 30 days.", "ko", Set.of()), ActDate.on(JUNE_13.plusDays(40)));
    claim.signDecision(SUPERVISOR, true, ActDate.on(JUNE_13.plusDays(45)));
    return claim;
  }

  private static DecisionDraft recognition() {
    return new DecisionDraft(DecisionDraft.Outcome.RECOGNITION, Set.of(), null, "1951 Convention Art 1A(2)", null, "ko", Set.of());
  }

  private static Assessment positiveAssessment() {
    Element yes = new Element(Finding.POSITIVE, "Established.");
    return new Assessment(yes, yes, yes, yes, yes, yes, Set.of(ConventionGround.POLITICAL_OPINION), yes,
        "Illegal exit is punished; returnees are interrogated.", Exclusion.NOT_EXCLUDED, "No indication.", "Recognise.");
  }

  private static Assessment negativeAssessment() {
    Element yes = new Element(Finding.POSITIVE, "Established.");
    return new Assessment(yes, new Element(Finding.NEGATIVE, "Material contradictions."), yes, yes, yes, yes, Set.of(), yes,
        "Illegal exit considered against COI.", Exclusion.NOT_EXCLUDED, null, "Reject.");
  }
}
