package org.sanctuary.procedure.web;

import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.sanctuary.access.Role;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Channel;
import org.sanctuary.procedure.DailyRun;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Dates typed into the file cannot defeat a time limit: a dated act is never in the future nor
 * before the act it follows; a late record of something done on paper says why, keeps both days in
 * the history and the audit trail, and the applicant's clocks count from the day it was recorded.
 * The appeal deadline is computed once, and the API, the case page and the letter show it alike.
 */
@SanctuaryTest
class HonestDatesApiTest {

  private static final String POSITIVE = "{\"finding\":\"POSITIVE\",\"reasons\":\"Established.\"}";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Intake intake;
  @Autowired Interviews interviews;
  @Autowired DailyRun daily;
  @Autowired JdbcClient jdbc;

  private Fixtures.Staffed office;
  private final LocalDate today = LocalDate.now();

  @BeforeEach
  void anOffice() {
    office = fixtures.anOfficeWithEveryRole();
    fixtures.officerProfile(office, office.username(Role.ELIGIBILITY_OFFICER), "FEMALE", List.of("ko"), false);
  }

  @Test
  void aDecisionDraftedTodayCannotBeNotifiedMonthsAgoEvenWithAReason() throws Exception {
    CaseId id = heardToday(fixtures.aPersonAt(office, "배영철"));
    assess(id, 4, "{\"finding\":\"NEGATIVE\",\"reasons\":\"Contradictions.\"}").andExpect(status().isOk());
    draft(id, 5, null, null).andExpect(status().isOk());

    sign(id, 6, today.minusDays(90), "Handed over in person.")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("ACT_BEFORE_PRECEDING_ACT"));
    mvc.perform(get("/api/cases/" + id).with(as(Role.SUPERVISOR)))
        .andExpect(jsonPath("$.state").value("DECISION_DRAFTED"))
        .andExpect(jsonPath("$.version").value(6));
  }

  @Test
  void aFileKeptOnPaperIsRecordedLateWithReasonsAndTheAppealWindowRunsFromTheRecord() throws Exception {
    // Heard, assessed, drafted and notified on paper; the file is typed up today.
    CaseId paper = heardOnPaper(fixtures.aPersonAt(office, "남기철"), today.minusDays(120));
    LocalDate paperNotified = today.minusDays(90);
    assessOn(paper, 4, today.minusDays(100), "Typed up from the paper file.").andExpect(status().isOk());
    draft(paper, 5, today.minusDays(95), "Typed up from the paper file.").andExpect(status().isOk());
    sign(paper, 6, paperNotified, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lateReason"));
    sign(paper, 6, paperNotified, "Notified on paper at the border post; the file reached the office today.")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.notifiedOn").value(paperNotified.toString()))
        .andExpect(jsonPath("$.appealDeadline").value(today.plusDays(30).toString()))
        .andExpect(jsonPath("$.history[-1:].on").value(paperNotified.toString()))
        .andExpect(jsonPath("$.history[-1:].recordedOn").value(today.toString()))
        .andExpect(jsonPath("$.history[-1:].lateReason").value("Notified on paper at the border post; the file reached the office today."));

    // The nightly run does not lapse it, and an appeal lodged today is in time.
    daily.run(today);
    mvc.perform(post("/api/cases/" + paper + "/appeals").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":7}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.caseView.state").value("APPEAL_LODGED"))
        .andExpect(jsonPath("$.caseView.appealLate").value(false));

    // The audit trail keeps both days: recorded now, done then.
    LocalDate auditedActedOn = jdbc.sql("SELECT acted_on FROM audit_entry WHERE subject_id = ? AND action = 'DECISION_SIGNED'")
        .param(paper.toString()).query(LocalDate.class).single();
    assertThat(auditedActedOn).isEqualTo(paperNotified);
  }

  @Test
  void registrationCannotPrecedeTheIntentNorAnyActBeInTheFuture() throws Exception {
    CaseId id = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.recordIntent(Intake.RecordIntent.of(office.office().id(), fixtures.aPersonAt(office, "류정호"), Set.of(), Channel.OFFICE, null)));
    step(id, "registration", Role.REGISTRAR, "{\"version\":0,\"on\":\"" + today.minusDays(400) + "\",\"lateReason\":\"Paper.\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("ACT_BEFORE_PRECEDING_ACT"));
    step(id, "registration", Role.REGISTRAR, "{\"version\":0,\"on\":\"" + today.plusDays(1) + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("on"));
    step(id, "registration", Role.REGISTRAR, "{\"version\":0}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("REGISTERED"));
  }

  @Test
  void theAppealDeadlineIsComputedOnceAndTheApiThePageAndTheLetterShowTheSameDay() throws Exception {
    CaseId id = heardToday(fixtures.aPersonAt(office, "서은하"));
    assess(id, 4, "{\"finding\":\"NEGATIVE\",\"reasons\":\"Contradictions.\"}").andExpect(status().isOk());
    // A deadline typed into the draft is not part of it.
    mvc.perform(post("/api/cases/" + id + "/decision").with(as(Role.ELIGIBILITY_OFFICER)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":5," + rejection().substring(1, rejection().length() - 1) + ",\"appealDeadline\":\"2099-01-01\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decision.appealDeadline").doesNotExist());
    String deadline = today.plusDays(30).toString();
    sign(id, 6, null, null).andExpect(status().isOk()).andExpect(jsonPath("$.appealDeadline").value(deadline));

    String page = mvc.perform(get("/cases/" + id).with(as(Role.SUPERVISOR))).andReturn().getResponse().getContentAsString();
    String letter = mvc.perform(get("/cases/" + id + "/letter").param("lang", "en").with(as(Role.SUPERVISOR)))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains(deadline).doesNotContain("2099-01-01");
    assertThat(letter).contains(deadline).doesNotContain("2099-01-01");
  }

  /** Intent, registration, information, booking and a confirmed interview record, all today (version 4). */
  private CaseId heardToday(PersonId person) {
    return heardOnPaper(person, null);
  }

  /** As {@link #heardToday}, or with every step done on the day given and recorded today with a reason. */
  private CaseId heardOnPaper(PersonId person, LocalDate on) {
    Casework.When when = on == null ? Casework.When.TODAY : new Casework.When(on, "Typed up from the paper file.");
    String interviewer = office.username(Role.ELIGIBILITY_OFFICER);
    CaseId id = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.recordIntent(new Intake.RecordIntent((office.office().id()).value(), person.value(), java.util.List.of(), Channel.OFFICE, null, when.on(), when.lateReason())));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.register(id, new Intake.Register(0L, when.on(), when.lateReason())));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.provideInformation(id, new Intake.ProvideInformation(1L, "ko", when.on(), when.lateReason())));
    UUID interview = access.actingAs(office.username(Role.RECEPTION),
        () -> interviews.schedule(id, new Interviews.ScheduleInterview(2L, interviewer, null, null, null, null, null, when.on(), when.lateReason())));
    access.actingAs(interviewer, () -> interviews.record(id, interview, new Interviews.RecordInterview(3L, true, null, when.on(), when.lateReason())));
    return id;
  }

  private ResultActions assess(CaseId id, long version, String materialFacts) throws Exception {
    return assessBody(id, "{\"version\":" + version + assessment(materialFacts) + "}");
  }

  private ResultActions assessOn(CaseId id, long version, LocalDate on, String lateReason) throws Exception {
    return assessBody(id, "{\"version\":" + version + ",\"on\":\"" + on + "\",\"lateReason\":\"" + lateReason + "\""
        + assessment("{\"finding\":\"NEGATIVE\",\"reasons\":\"Contradictions.\"}") + "}");
  }

  private ResultActions assessBody(CaseId id, String body) throws Exception {
    return mvc.perform(put("/api/cases/" + id + "/assessment").with(as(Role.ELIGIBILITY_OFFICER))
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private static String assessment(String materialFacts) {
    return ",\"identityAndNationality\":" + POSITIVE + ",\"materialFacts\":" + materialFacts
        + ",\"wellFoundedFear\":" + POSITIVE + ",\"persecution\":" + POSITIVE + ",\"noStateProtection\":" + POSITIVE
        + ",\"nexus\":" + POSITIVE + ",\"grounds\":[],\"noInternalFlightAlternative\":" + POSITIVE
        + ",\"surPlaceAndIllegalExit\":\"Considered.\",\"exclusion\":\"NOT_EXCLUDED\",\"exclusionReasons\":\"None.\"";
  }

  private static String rejection() {
    return "{\"outcome\":\"REJECTION\",\"reasonCategories\":[\"CREDIBILITY\"],\"individualExplanation\":\"Your account of the"
        + " crossing changed between interviews.\",\"legalBasis\":\"Art 1A(2)\",\"appealInstructions\":\"Appeal in writing within"
        + " 30 days.\",\"notificationLanguage\":\"ko\"}";
  }

  private ResultActions draft(CaseId id, long version, LocalDate on, String lateReason) throws Exception {
    String dated = on == null ? "" : "\"on\":\"" + on + "\",\"lateReason\":\"" + lateReason + "\",";
    return mvc.perform(post("/api/cases/" + id + "/decision").with(as(Role.ELIGIBILITY_OFFICER)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\":" + version + "," + dated + rejection().substring(1)));
  }

  private ResultActions sign(CaseId id, long version, LocalDate notifiedOn, String lateReason) throws Exception {
    String dated = (notifiedOn == null ? "" : ",\"notifiedOn\":\"" + notifiedOn + "\"")
        + (lateReason == null ? "" : ",\"lateReason\":\"" + lateReason + "\"");
    return mvc.perform(post("/api/cases/" + id + "/decision/sign").with(as(Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\":" + version + ",\"recipient\":\"APPLICANT\"" + dated + "}"));
  }

  private ResultActions step(CaseId id, String path, Role role, String body) throws Exception {
    return mvc.perform(post("/api/cases/" + id + "/" + path).with(as(role)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
