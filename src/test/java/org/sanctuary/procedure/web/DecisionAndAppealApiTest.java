package org.sanctuary.procedure.web;

import org.sanctuary.procedure.Decisions;
import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.OfficerProfiles;
import org.sanctuary.access.Role;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.CaseView;
import org.sanctuary.procedure.ClaimState;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Channel;
import org.sanctuary.procedure.DailyRun;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * From a heard claim to its end, through the API alone: recognition; rejection, appeal to an
 * independent officer and a final negative; lapse by the nightly run; and the decision and appeal
 * guards of procedure.md §4, each refusing and letting through.
 */
@SanctuaryTest
class DecisionAndAppealApiTest {

  private static final String POSITIVE = "{\"finding\":\"POSITIVE\",\"reasons\":\"Established.\"}";
  private static final LocalDate NOTIFIED = LocalDate.of(2002, 7, 1);

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Decisions decisions;
  @Autowired Intake intake;
  @Autowired Interviews interviews;
  @Autowired OfficerProfiles profiles;
  @Autowired JdbcClient jdbc;
  @Autowired DailyRun daily;

  private Fixtures.Staffed office;
  private PersonId applicant;

  @BeforeEach
  void aHeardApplicant() {
    office = fixtures.anOfficeWithEveryRole();
    fixtures.officerProfile(office, office.username(Role.ELIGIBILITY_OFFICER), "FEMALE", List.of("ko"), false);
    applicant = fixtures.aPersonAt(office, "박순희");
  }

  @Test
  void aRecognisedRefugeeIsNeverHandedOver() throws Exception {
    CaseId id = heard(true);
    assess(id, 4, POSITIVE, "Illegal exit is punished by imprisonment.", "[\"POLITICAL_OPINION\"]").andExpect(status().isOk());
    draft(id, 5, "{\"outcome\":\"RECOGNITION\",\"legalBasis\":\"Art 1A(2)\",\"notificationLanguage\":\"ko\"}").andExpect(status().isOk());
    sign(id, 6, "APPLICANT").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RECOGNISED"));

    mvc.perform(post("/api/persons/" + applicant + "/removal-requests").with(as(Role.PROTECTION_OFFICER)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"requester\":\"COUNTRY_OF_ORIGIN_AUTHORITY\",\"kind\":\"RETURN\",\"riskAssessment\":\"Considered.\"}"))
        .andExpect(refused("PENDING_CLAIM_NON_REFOULEMENT"));
  }

  @Test
  void aRejectionIsAppealedToAnIndependentOfficerWhoDismissesIt() throws Exception {
    String dualRole = "eo-appeal-" + UUID.randomUUID().toString().substring(0, 6);
    UUID dual = access.actingAs(office.username(Role.ADMIN), () -> fixtures.addUser(dualRole, office, Role.ELIGIBILITY_OFFICER));
    jdbc.sql("INSERT INTO membership (user_id, office_id, role) VALUES (?, ?, 'APPEAL_OFFICER')").params(dual, office.office().id().value()).update();
    access.actingAs(office.username(Role.ADMIN), () -> {
      profiles.set(dual, "FEMALE", List.of("ko"), false);
      return null;
    });
    CaseId id = heardBy(dualRole, true);
    rejectedOn(id, NOTIFIED);

    String lodged = mvc.perform(post("/api/cases/" + id + "/appeals").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":7,\"on\":\"2002-07-20\",\"lateReason\":\"Lodged on paper at the office.\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.caseView.state").value("APPEAL_LODGED"))
        .andReturn().getResponse().getContentAsString();
    String appeal = lodged.replaceAll(".*\"appealId\":\"([0-9a-f-]{36})\".*", "$1");

    assign(id, appeal, 8, dualRole).andExpect(refused("CONFLICT_FIRST_INSTANCE_ACTOR"));
    assign(id, appeal, 8, office.username(Role.APPEAL_OFFICER)).andExpect(status().isOk());
    mvc.perform(post("/api/cases/" + id + "/appeals/" + appeal + "/decision").with(as(Role.APPEAL_OFFICER)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":9,\"outcome\":\"DISMISSED\",\"reasons\":\"The contradictions on the route remain unexplained.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("FINAL_NEGATIVE"));
  }

  @Test
  void withoutAnAppealTheNightlyRunMakesTheRejectionFinal() throws Exception {
    CaseId id = heard(true);
    rejectedOn(id, NOTIFIED);
    daily.run(NOTIFIED.plusDays(30 + 42 + 1));
    mvc.perform(get("/api/cases/" + id).with(as(Role.SUPERVISOR))).andExpect(jsonPath("$.state").value("FINAL_NEGATIVE"));
  }

  @Test
  void anAppealAfterTheGraceIsRefusedAndALateOneWithinItIsAcceptedAndAlerted() throws Exception {
    CaseId id = heard(true);
    rejectedOn(id, NOTIFIED);
    mvc.perform(post("/api/cases/" + id + "/appeals").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":7,\"on\":\"2002-09-15\",\"lateReason\":\"Lodged on paper at the office.\"}"))
        .andExpect(refused("APPEAL_OUT_OF_TIME"));
    mvc.perform(post("/api/cases/" + id + "/appeals").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":7,\"on\":\"2002-08-10\",\"lateReason\":\"Lodged on paper at the office.\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.caseView.appealLate").value(true));
    mvc.perform(get("/api/alerts").with(as(Role.SUPERVISOR))).andExpect(jsonPath("$.items[*].kind").value(hasItem("LATE_APPEAL")));
  }

  @Test
  void aRefusalWithoutFullReasonsIsNotSignedAndTheRefusalNamesWhatIsMissing() throws Exception {
    CaseId id = heard(true);
    assess(id, 4, "{\"finding\":\"NEGATIVE\",\"reasons\":\"Contradictions.\"}", "Considered.", "[]").andExpect(status().isOk());
    draft(id, 5, "{\"outcome\":\"REJECTION\",\"individualExplanation\":\"Economic migrant.\",\"notificationLanguage\":\"ko\"}").andExpect(status().isOk());
    sign(id, 6, "APPLICANT")
        .andExpect(refused("INCOMPLETE_REASONS"))
        .andExpect(jsonPath("$.missing").value(hasItem("legalBasis")));
  }

  @Test
  void aNorthKoreanIsNotDecidedWithoutTheSurPlaceAnalysis() throws Exception {
    CaseId id = heard(true);
    assess(id, 4, "{\"finding\":\"NEGATIVE\",\"reasons\":\"Contradictions.\"}", "", "[]").andExpect(status().isOk());
    draft(id, 5, fullRejection()).andExpect(status().isOk());
    sign(id, 6, "APPLICANT").andExpect(refused("MISSING_SUR_PLACE_ANALYSIS"));
  }

  @Test
  void nothingIsNotifiedToTheCountryOfOrigin() throws Exception {
    CaseId id = heard(true);
    assess(id, 4, "{\"finding\":\"NEGATIVE\",\"reasons\":\"Contradictions.\"}", "Considered.", "[]").andExpect(status().isOk());
    draft(id, 5, fullRejection()).andExpect(status().isOk());
    sign(id, 6, "COUNTRY_OF_ORIGIN_AUTHORITY").andExpect(refused("PROHIBITED_RECIPIENT"));
    sign(id, 6, "APPLICANT").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REJECTED_NOTIFIED"));
  }

  @Test
  void noDecisionOnAnInterviewRecordNeitherConfirmedNorRefusedWithReasons() throws Exception {
    CaseId id = heard(false);
    assess(id, 4, POSITIVE, "Considered.", "[\"RELIGION\"]").andExpect(status().isOk());
    draft(id, 5, "{\"outcome\":\"RECOGNITION\",\"legalBasis\":\"Art 1A(2)\",\"notificationLanguage\":\"ko\"}").andExpect(status().isOk());
    sign(id, 6, "APPLICANT").andExpect(refused("INTERVIEW_RECORD_NOT_FINALISED"));
  }

  @Test
  void recognitionNeedsTheWholeInclusionAssessment() throws Exception {
    CaseId id = heard(true);
    assess(id, 4, "{\"finding\":\"NEGATIVE\",\"reasons\":\"No nexus.\"}", "Considered.", "[]").andExpect(status().isOk());
    draft(id, 5, "{\"outcome\":\"RECOGNITION\",\"legalBasis\":\"Art 1A(2)\",\"notificationLanguage\":\"ko\"}").andExpect(status().isOk());
    sign(id, 6, "APPLICANT").andExpect(refused("INCOMPLETE_ASSESSMENT"));
    mvc.perform(post("/api/cases/" + id + "/decision/return").with(as(Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":6,\"reason\":\"The assessment does not support recognition.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("ASSESSMENT_IN_PROGRESS"));
  }

  @Test
  void noRejectionWithoutAHearingEvenOnAReopenedFileButARecognitionOnTheFileIsAllowed() throws Exception {
    CaseId id = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.asOf(LocalDate.of(2002, 5, 2)).recordIntent(Intake.RecordIntent.of(office.office().id(), applicant, Set.of(), Channel.OFFICE, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(LocalDate.of(2002, 5, 3)).register(id, new Intake.Register(0L, null, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(LocalDate.of(2002, 5, 3)).provideInformation(id, new Intake.ProvideInformation(1L, "ko", null, null)));
    UUID interview = access.actingAs(office.username(Role.RECEPTION),
        () -> interviews.asOf(LocalDate.of(2002, 5, 10)).schedule(id, new Interviews.ScheduleInterview(2L, office.username(Role.ELIGIBILITY_OFFICER), null, null, null, null, null, null, null)));
    access.actingAs(office.username(Role.RECEPTION), () -> interviews.asOf(LocalDate.of(2002, 5, 20)).recordNoShow(id, interview, new Interviews.RecordNoShow(3L, null, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> interviews.asOf(LocalDate.of(2002, 5, 25)).recordContactAttempt(id, new Interviews.RecordContactAttempt(4L, "Letter to the shelter", null, null)));
    access.actingAs(office.username(Role.SUPERVISOR), () -> casework.asOf(LocalDate.of(2002, 7, 15)).closeAbandoned(id, new Casework.CloseAbandoned(5L)));
    access.actingAs(office.username(Role.SUPERVISOR), () -> casework.asOf(LocalDate.of(2002, 8, 1)).reopen(id, new Casework.Reopen(6L, "The applicant came back", null, null)));
    assess(id, 7, "{\"finding\":\"NEGATIVE\",\"reasons\":\"Contradictions.\"}", "Considered.", "[]").andExpect(status().isOk());
    draft(id, 8, fullRejection()).andExpect(status().isOk());

    sign(id, 9, "APPLICANT").andExpect(refused("NO_PERSONAL_INTERVIEW"));
    mvc.perform(get("/api/cases/" + id).with(as(Role.SUPERVISOR))).andExpect(jsonPath("$.state").value("DECISION_DRAFTED"));

    mvc.perform(post("/api/cases/" + id + "/decision/return").with(as(Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\":9,\"reason\":\"No refusal without hearing the applicant.\"}")).andExpect(status().isOk());
    assess(id, 10, POSITIVE, "Illegal exit is punished.", "[\"POLITICAL_OPINION\"]").andExpect(status().isOk());
    draft(id, 11, "{\"outcome\":\"RECOGNITION\",\"legalBasis\":\"Art 1A(2)\",\"notificationLanguage\":\"ko\"}").andExpect(status().isOk());
    sign(id, 12, "APPLICANT").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RECOGNISED"));
  }

  @Test
  void exclusionIsNeverDecidedInTheAcceleratedProcedureButIsInTheRegularOne() throws Exception {
    CaseId accelerated = heardIn(org.sanctuary.procedure.Modality.ACCELERATED);
    excluded(accelerated).andExpect(status().isOk());
    draft(accelerated, 5, fullRejection()).andExpect(status().isOk());
    sign(accelerated, 6, "APPLICANT").andExpect(refused("EXCLUSION_REQUIRES_REGULAR_PROCEDURE"));
    mvc.perform(get("/api/cases/" + accelerated).with(as(Role.SUPERVISOR))).andExpect(jsonPath("$.state").value("DECISION_DRAFTED"));

    CaseId regular = heardIn(org.sanctuary.procedure.Modality.REGULAR);
    excluded(regular).andExpect(status().isOk());
    draft(regular, 5, fullRejection()).andExpect(status().isOk());
    sign(regular, 6, "APPLICANT").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REJECTED_NOTIFIED"));
  }

  private ResultActions excluded(CaseId id) throws Exception {
    String body = "{\"version\":4,\"identityAndNationality\":" + POSITIVE + ",\"materialFacts\":" + POSITIVE
        + ",\"wellFoundedFear\":" + POSITIVE + ",\"persecution\":" + POSITIVE + ",\"noStateProtection\":" + POSITIVE
        + ",\"nexus\":" + POSITIVE + ",\"grounds\":[\"POLITICAL_OPINION\"],\"noInternalFlightAlternative\":" + POSITIVE
        + ",\"surPlaceAndIllegalExit\":\"Considered.\",\"exclusion\":\"EXCLUDED\",\"exclusionReasons\":\"Serious reasons for"
        + " considering that the applicant commanded a prison camp unit (Art 1F(a)).\"}";
    return mvc.perform(put("/api/cases/" + id + "/assessment").with(as(Role.ELIGIBILITY_OFFICER)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private CaseId heardIn(org.sanctuary.procedure.Modality modality) {
    PersonId someone = fixtures.aDistinctPersonAt(office);
    String interviewer = office.username(Role.ELIGIBILITY_OFFICER);
    CaseId id = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.asOf(LocalDate.of(2002, 5, 2)).recordIntent(Intake.RecordIntent.of(office.office().id(), someone, Set.of(), Channel.OFFICE, modality)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(LocalDate.of(2002, 5, 3)).register(id, new Intake.Register(0L, null, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(LocalDate.of(2002, 5, 3)).provideInformation(id, new Intake.ProvideInformation(1L, "ko", null, null)));
    UUID interview = access.actingAs(office.username(Role.RECEPTION),
        () -> interviews.asOf(LocalDate.of(2002, 5, 10)).schedule(id, new Interviews.ScheduleInterview(2L, interviewer, null, null, null, null, null, null, null)));
    access.actingAs(interviewer, () -> interviews.asOf(LocalDate.of(2002, 6, 1)).record(id, interview, new Interviews.RecordInterview(3L, true, null, null, null)));
    return id;
  }

  private CaseId heard(boolean confirmed) {
    return heardBy(office.username(Role.ELIGIBILITY_OFFICER), confirmed);
  }

  /** A case taken through intent, registration, information, interview booking and record (version 4). */
  private CaseId heardBy(String interviewer, boolean confirmed) {
    CaseId id = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.asOf(LocalDate.of(2002, 5, 2)).recordIntent(Intake.RecordIntent.of(office.office().id(), applicant, Set.of(), Channel.OFFICE, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(LocalDate.of(2002, 5, 3)).register(id, new Intake.Register(0L, null, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(LocalDate.of(2002, 5, 3)).provideInformation(id, new Intake.ProvideInformation(1L, "ko", null, null)));
    UUID interview = access.actingAs(office.username(Role.RECEPTION),
        () -> interviews.asOf(LocalDate.of(2002, 5, 10)).schedule(id, new Interviews.ScheduleInterview(2L, interviewer, null, null, null, null, null, null, null)));
    access.actingAs(interviewer,
        () -> interviews.asOf(LocalDate.of(2002, 6, 1)).record(id, interview, new Interviews.RecordInterview(3L, confirmed, null, null, null)));
    return id;
  }

  /** Assessed, drafted and notified as a rejection, each recorded on its day, the notification on the day given (version 7). */
  private void rejectedOn(CaseId id, LocalDate notified) {
    Assessment.Element yes = new Assessment.Element(Finding.POSITIVE, "Consistent.");
    Assessment negative = new Assessment(yes, new Assessment.Element(Finding.NEGATIVE, "Contradictions on the route."), yes, yes,
        yes, yes, Set.of(), yes, "Illegal exit considered against COI.", Exclusion.NOT_EXCLUDED, "None.", "Not a refugee.");
    access.actingAs(office.username(Role.ELIGIBILITY_OFFICER),
        () -> decisions.asOf(notified.minusDays(10)).writeAssessment(id, Decisions.WriteAssessment.of(4, negative)));
    access.actingAs(office.username(Role.ELIGIBILITY_OFFICER),
        () -> decisions.asOf(notified.minusDays(5)).draft(id, Decisions.DraftDecision.of(5, new DecisionDraft(DecisionDraft.Outcome.REJECTION,
            Set.of("CREDIBILITY"), "Your account of the crossing changed between interviews.", "Art 1A(2)",
            "Appeal in writing within 30 days.", "ko", Set.of()))));
    CaseView signed = access.actingAs(office.username(Role.SUPERVISOR),
        () -> decisions.asOf(notified).sign(id, new Decisions.SignDecision(6L, RecipientType.APPLICANT, null, null, null)));
    assertThat(signed.state()).isEqualTo(ClaimState.REJECTED_NOTIFIED);
  }

  private static String fullRejection() {
    return "{\"outcome\":\"REJECTION\",\"reasonCategories\":[\"CREDIBILITY\"],\"individualExplanation\":\"Your account of the"
        + " crossing changed between interviews.\",\"legalBasis\":\"Art 1A(2)\",\"appealInstructions\":\"Appeal in writing within"
        + " 30 days.\",\"notificationLanguage\":\"ko\"}";
  }

  private ResultActions assess(CaseId id, long version, String materialFacts, String surPlace, String grounds) throws Exception {
    String body = "{\"version\":" + version + ",\"identityAndNationality\":" + POSITIVE + ",\"materialFacts\":" + materialFacts
        + ",\"wellFoundedFear\":" + POSITIVE + ",\"persecution\":" + POSITIVE + ",\"noStateProtection\":" + POSITIVE
        + ",\"nexus\":" + POSITIVE + ",\"grounds\":" + grounds + ",\"noInternalFlightAlternative\":" + POSITIVE
        + ",\"surPlaceAndIllegalExit\":\"" + surPlace + "\",\"exclusion\":\"NOT_EXCLUDED\",\"exclusionReasons\":\"None.\"}";
    return mvc.perform(put("/api/cases/" + id + "/assessment").with(as(Role.ELIGIBILITY_OFFICER)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions draft(CaseId id, long version, String body) throws Exception {
    return mvc.perform(post("/api/cases/" + id + "/decision").with(as(Role.ELIGIBILITY_OFFICER)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\":" + version + "," + body.substring(1)));
  }

  /** Signs and notifies today. */
  private ResultActions sign(CaseId id, long version, String recipient) throws Exception {
    return mvc.perform(post("/api/cases/" + id + "/decision/sign").with(as(Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\":" + version + ",\"recipient\":\"" + recipient + "\"}"));
  }

  private ResultActions assign(CaseId id, String appeal, long version, String assignee) throws Exception {
    return mvc.perform(post("/api/cases/" + id + "/appeals/" + appeal + "/assign").with(as(Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\":" + version + ",\"assignee\":\"" + assignee + "\"}"));
  }

  private static ResultMatcher refused(String code) {
    return result -> {
      status().isConflict().match(result);
      jsonPath("$.code").value(code).match(result);
    };
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
