package org.sanctuary.procedure.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;

/** The guards on scheduling an interview (procedure.md §4), each refusing and letting through. */
class InterviewRulesTest {

  private static final Interviewer KOREAN_SPEAKING_WOMAN = new Interviewer("eo-kim", Set.of("ko"), Sex.FEMALE, false);
  private static final Interviewer ENGLISH_SPEAKING_MAN = new Interviewer("eo-smith", Set.of("en"), Sex.MALE, false);
  private static final Participant KOREAN_INTERPRETER_WOMAN = new Participant("Park Ji-won", "ko", Sex.FEMALE);

  @Test
  void noInterviewBeforeTheInformationPackIsDeliveredInTheApplicantsLanguage() {
    assertThat(code(InterviewRules.informationFirst(applicant(Set.of(), null), plan(KOREAN_SPEAKING_WOMAN))))
        .isEqualTo(ReasonCode.INFO_NOT_PROVIDED);
    assertThat(code(InterviewRules.informationFirst(applicant(Set.of(), "zh"), plan(KOREAN_SPEAKING_WOMAN))))
        .isEqualTo(ReasonCode.INFO_NOT_PROVIDED);
    assertThat(InterviewRules.informationFirst(applicant(Set.of(), "ko"), plan(KOREAN_SPEAKING_WOMAN)).allowed()).isTrue();
  }

  @Test
  void anInterpreterIsNeededUnlessTheInterviewerSpeaksTheApplicantsLanguage() {
    assertThat(code(InterviewRules.interpreterForTheApplicantsLanguage(applicant(Set.of(), "ko"), plan(ENGLISH_SPEAKING_MAN))))
        .isEqualTo(ReasonCode.NO_INTERPRETER);
    assertThat(InterviewRules.interpreterForTheApplicantsLanguage(applicant(Set.of(), "ko"),
            new InterviewPlan(ENGLISH_SPEAKING_MAN, KOREAN_INTERPRETER_WOMAN, null, null, null)).allowed()).isTrue();
    assertThat(InterviewRules.interpreterForTheApplicantsLanguage(applicant(Set.of(), "ko"), plan(KOREAN_SPEAKING_WOMAN)).allowed()).isTrue();
  }

  @Test
  void aWomanWhoAskedForWomenIsInterviewedByWomenUnlessASupervisorRecordsWhyNot() {
    Applicant asksForWomen =
        new Applicant("ko", GenderPreference.FEMALE, GenderPreference.FEMALE, Set.of(), "ko");
    InterviewPlan manWithInterpreter = new InterviewPlan(ENGLISH_SPEAKING_MAN, KOREAN_INTERPRETER_WOMAN, null, null, null);

    assertThat(code(InterviewRules.genderPreferenceHonoured(asksForWomen, manWithInterpreter))).isEqualTo(ReasonCode.GENDER_PREFERENCE);
    assertThat(code(InterviewRules.genderPreferenceHonoured(asksForWomen,
            new InterviewPlan(KOREAN_SPEAKING_WOMAN, new Participant("Lee Min-ho", "ko", Sex.MALE), null, null, null))))
        .isEqualTo(ReasonCode.GENDER_PREFERENCE);
    assertThat(InterviewRules.genderPreferenceHonoured(asksForWomen, plan(KOREAN_SPEAKING_WOMAN)).allowed()).isTrue();
    assertThat(InterviewRules.genderPreferenceHonoured(asksForWomen,
            new InterviewPlan(ENGLISH_SPEAKING_MAN, KOREAN_INTERPRETER_WOMAN, null, null, "No female officer for six weeks; applicant agreed"))
        .allowed()).isTrue();
  }

  @Test
  void theLegalRepresentativeNeverInterprets() {
    Participant lawyer = new Participant("Choi Soo-jin", "ko", Sex.FEMALE);
    assertThat(code(InterviewRules.representativeIsNotInterpreter(applicant(Set.of(), "ko"),
            new InterviewPlan(ENGLISH_SPEAKING_MAN, new Participant(" choi  soo-jin ", "ko", Sex.FEMALE), lawyer, null, null))))
        .isEqualTo(ReasonCode.CONFLICT_REP_AS_INTERPRETER);
    assertThat(InterviewRules.representativeIsNotInterpreter(applicant(Set.of(), "ko"),
            new InterviewPlan(ENGLISH_SPEAKING_MAN, KOREAN_INTERPRETER_WOMAN, lawyer, null, null)).allowed()).isTrue();
  }

  @Test
  void aRepresentativeNamedAnywhereOnTheCaseNeverInterpretsAndAnInterpreterNeverRepresents() {
    Participant lawyer = new Participant("Lee Min-ho", null, Sex.MALE);
    Applicant represented = new Applicant("ko", GenderPreference.NONE, GenderPreference.NONE, Set.of(), "ko",
        java.util.List.of(lawyer), java.util.List.of(KOREAN_INTERPRETER_WOMAN));
    Participant sameLawyerInterpreting = new Participant(" lee min-ho ", "ko", Sex.MALE);
    assertThat(code(InterviewRules.representativeIsNotInterpreter(represented,
        new InterviewPlan(ENGLISH_SPEAKING_MAN, sameLawyerInterpreting, null, null, null)))).isEqualTo(ReasonCode.CONFLICT_REP_AS_INTERPRETER);
    assertThat(code(InterviewRules.representativeIsNotInterpreter(represented,
        new InterviewPlan(ENGLISH_SPEAKING_MAN, null, new Participant("Park Ji-won", null, Sex.FEMALE), null, null))))
        .isEqualTo(ReasonCode.CONFLICT_REP_AS_INTERPRETER);
    assertThat(InterviewRules.representativeIsNotInterpreter(represented,
        new InterviewPlan(ENGLISH_SPEAKING_MAN, KOREAN_INTERPRETER_WOMAN, lawyer, null, null)).allowed()).isTrue();
  }

  @Test
  void aChildAloneIsInterviewedOnlyWithAGuardianPresent() {
    Applicant child = applicant(Set.of(SpecificNeed.UNACCOMPANIED_CHILD), "ko");
    assertThat(code(InterviewRules.guardianAttendsForAChildAlone(child, plan(KOREAN_SPEAKING_WOMAN)))).isEqualTo(ReasonCode.NO_GUARDIAN);
    assertThat(InterviewRules.guardianAttendsForAChildAlone(child,
            new InterviewPlan(KOREAN_SPEAKING_WOMAN, null, null, new Participant("Guardian Han", "ko", Sex.FEMALE), null)).allowed()).isTrue();
  }

  @Test
  void aSurvivorOfTortureIsInterviewedOnlyByATraumaTrainedOfficer() {
    Applicant survivor = applicant(Set.of(SpecificNeed.SURVIVOR_OF_TORTURE), "ko");
    assertThat(code(InterviewRules.traumaTrainedInterviewerForSurvivors(survivor, plan(KOREAN_SPEAKING_WOMAN))))
        .isEqualTo(ReasonCode.TRAINED_INTERVIEWER_REQUIRED);
    assertThat(InterviewRules.traumaTrainedInterviewerForSurvivors(survivor,
            plan(new Interviewer("eo-trained", Set.of("ko"), Sex.FEMALE, true))).allowed()).isTrue();
  }

  @Test
  void aWellPreparedInterviewPassesEveryGuard() {
    Applicant child = new Applicant("ko", GenderPreference.FEMALE, GenderPreference.FEMALE,
        Set.of(SpecificNeed.SEPARATED_CHILD, SpecificNeed.SURVIVOR_OF_TORTURE), "ko");
    InterviewPlan plan = new InterviewPlan(new Interviewer("eo-trained", Set.of("en"), Sex.FEMALE, true),
        KOREAN_INTERPRETER_WOMAN, new Participant("Choi Soo-jin", null, Sex.FEMALE), new Participant("Guardian Han", "ko", Sex.MALE), null);
    assertThat(InterviewRules.check(child, plan).allowed()).isTrue();
    assertThat(InterviewRules.all()).hasSize(6);
  }

  private static Applicant applicant(Set<SpecificNeed> needs, String informationIn) {
    return new Applicant("ko", GenderPreference.NONE, GenderPreference.NONE, needs, informationIn);
  }

  private static InterviewPlan plan(Interviewer interviewer) {
    return new InterviewPlan(interviewer, null, null, null, null);
  }

  private static ReasonCode code(org.sanctuary.procedure.Verdict verdict) {
    return verdict.refusal();
  }
}
