package org.sanctuary.procedure.web;

import org.sanctuary.procedure.Decisions;
import org.sanctuary.procedure.StatusEndings;
import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Channel;
import org.sanctuary.procedure.DailyRun;
import org.sanctuary.procedure.StatusEnding;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.ConventionGround;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Ending a status (procedure.md §3), each kind both ways: proposed with its provision and reasons,
 * decided and notified, appealed to an independent officer who keeps the status; or ended once the
 * window and its grace lapse, and only then may the lock let a removal with a risk assessment through.
 */
@SanctuaryTest
class StatusEndingApiTest {

  private static final String PROVISION = "{\"CANCELLATION\":\"MISREPRESENTATION\",\"CESSATION\":\"1C(5)\",\"REVOCATION\":\"1F(a)\"}";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Decisions decisions;
  @Autowired StatusEndings endings;
  @Autowired Intake intake;
  @Autowired Interviews interviews;
  @Autowired DailyRun daily;

  private Fixtures.Staffed office;
  private final LocalDate today = LocalDate.now();

  @BeforeEach
  void anOffice() {
    office = fixtures.anOfficeWithEveryRole();
    fixtures.officerProfile(office, office.username(Role.ELIGIBILITY_OFFICER), "FEMALE", List.of("ko"), false);
  }

  @ParameterizedTest
  @EnumSource(StatusEnding.Kind.class)
  void anEndingAppealedToAnIndependentOfficerWhoAllowsItLeavesTheRefugeeRecognised(StatusEnding.Kind kind) throws Exception {
    PersonId person = fixtures.aPersonAt(office, "장석주");
    CaseId id = recognised(person, today.minusDays(10));

    propose(id, 7, kind, "1Z(9)").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("STATUS_ENDING_UNREASONED"))
        .andExpect(jsonPath("$.missing[0]").value("provision"));
    propose(id, 7, kind, provision(kind)).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("STATUS_ENDING_PROPOSED"));
    act(id, "status-ending/decision", Role.SUPERVISOR, "{\"version\":8,\"recipient\":\"COUNTRY_OF_ORIGIN_AUTHORITY\"}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PROHIBITED_RECIPIENT"));
    act(id, "status-ending/decision", Role.SUPERVISOR, "{\"version\":8,\"recipient\":\"APPLICANT\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("STATUS_ENDING_NOTIFIED"))
        .andExpect(jsonPath("$.appealDeadline").value(today.plusDays(30).toString()));
    handover(person).andExpect(status().isConflict());
    String letter = mvc.perform(get("/cases/" + id + "/letter").param("lang", "ko").with(as(Role.SUPERVISOR)))
        .andReturn().getResponse().getContentAsString();
    org.assertj.core.api.Assertions.assertThat(letter).contains(provision(kind)).contains(today.plusDays(30).toString());

    String appeal = act(id, "appeals", Role.REGISTRAR, "{\"version\":9}").andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString().replaceAll(".*\"appealId\":\"([0-9a-f-]{36})\".*", "$1");
    act(id, "appeals/" + appeal + "/assign", Role.SUPERVISOR, "{\"version\":10,\"assignee\":\"" + office.username(Role.ELIGIBILITY_OFFICER) + "\"}")
        .andExpect(status().isBadRequest());
    act(id, "appeals/" + appeal + "/assign", Role.SUPERVISOR, "{\"version\":10,\"assignee\":\"" + office.username(Role.APPEAL_OFFICER) + "\"}")
        .andExpect(status().isOk());
    act(id, "appeals/" + appeal + "/decision", Role.APPEAL_OFFICER,
            "{\"version\":11,\"outcome\":\"ALLOWED\",\"reasons\":\"The change of circumstances is not fundamental and durable.\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("RECOGNISED"));
    handover(person).andExpect(status().isConflict());
  }

  @ParameterizedTest
  @EnumSource(StatusEnding.Kind.class)
  void anEndingNotAppealedEndsTheStatusOnlyAfterTheWindowAndItsGraceAndOnlyThenMayTheLockOpen(StatusEnding.Kind kind) throws Exception {
    PersonId person = fixtures.aPersonAt(office, "윤혜정");
    LocalDate notified = today.minusDays(100);
    CaseId id = recognised(person, notified.minusDays(60));
    access.actingAs(office.username(Role.ELIGIBILITY_OFFICER), () -> endings.asOf(notified.minusDays(20)).propose(id, new StatusEndings.ProposeStatusEnding(
        7L, kind, provision(kind), "Individual reasons, put to the refugee who answered them.", null, null)));
    access.actingAs(office.username(Role.SUPERVISOR),
        () -> endings.asOf(notified).decide(id, new StatusEndings.DecideStatusEnding(8L, RecipientType.APPLICANT, null, null)));

    daily.run(notified.plusDays(30 + 42));
    read(id).andExpect(jsonPath("$.state").value("STATUS_ENDING_NOTIFIED"));
    daily.run(today);
    read(id).andExpect(jsonPath("$.state").value("STATUS_ENDED"));
    removal(person, null).andExpect(status().isConflict());
    removal(person, "\"Return assessed against current country information; no risk found.\"").andExpect(status().isCreated());
  }

  @ParameterizedTest
  @EnumSource(StatusEnding.Kind.class)
  void aProposalDroppedByTheSupervisorLeavesTheRefugeeRecognised(StatusEnding.Kind kind) throws Exception {
    CaseId id = recognised(fixtures.aPersonAt(office, "문성철"), today.minusDays(10));
    propose(id, 7, kind, provision(kind)).andExpect(status().isOk());
    act(id, "status-ending/drop", Role.SUPERVISOR, "{\"version\":8,\"reason\":\"The information relied on was not confirmed.\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("RECOGNISED"))
        .andExpect(jsonPath("$.ending").doesNotExist());
  }

  /** A refugee recognised on the day given, each step recorded on its day (version 7). */
  private CaseId recognised(PersonId person, LocalDate on) {
    Assessment.Element yes = new Assessment.Element(Finding.POSITIVE, "Established.");
    Assessment positive = new Assessment(yes, yes, yes, yes, yes, yes, Set.of(ConventionGround.POLITICAL_OPINION), yes,
        "Illegal exit is punished.", Exclusion.NOT_EXCLUDED, "None.", "Refugee.");
    String eo = office.username(Role.ELIGIBILITY_OFFICER);
    LocalDate start = on.minusDays(30);
    CaseId id = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.asOf(start).recordIntent(Intake.RecordIntent.of(office.office().id(), person, Set.of(), Channel.OFFICE, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(start).register(id, new Intake.Register(0L, null, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(start).provideInformation(id, new Intake.ProvideInformation(1L, "ko", null, null)));
    UUID interview = access.actingAs(office.username(Role.RECEPTION),
        () -> interviews.asOf(start.plusDays(5)).schedule(id, new Interviews.ScheduleInterview(2L, eo, null, null, null, null, null, null, null)));
    access.actingAs(eo, () -> interviews.asOf(start.plusDays(10)).record(id, interview, new Interviews.RecordInterview(3L, true, null, null, null)));
    access.actingAs(eo, () -> decisions.asOf(start.plusDays(15)).writeAssessment(id, Decisions.WriteAssessment.of(4, positive)));
    access.actingAs(eo, () -> decisions.asOf(start.plusDays(20)).draft(id, Decisions.DraftDecision.of(5, new DecisionDraft(DecisionDraft.Outcome.RECOGNITION, Set.of(), null, "Art 1A(2)", null, "ko", Set.of()))));
    access.actingAs(office.username(Role.SUPERVISOR),
        () -> decisions.asOf(on).sign(id, new Decisions.SignDecision(6L, RecipientType.APPLICANT, null, null, null)));
    return id;
  }

  private static String provision(StatusEnding.Kind kind) {
    return PROVISION.replaceAll(".*\"" + kind + "\":\"([^\"]+)\".*", "$1");
  }

  private ResultActions propose(CaseId id, long version, StatusEnding.Kind kind, String provision) throws Exception {
    return act(id, "status-ending", Role.ELIGIBILITY_OFFICER, "{\"version\":" + version + ",\"kind\":\"" + kind + "\",\"provision\":\""
        + provision + "\",\"reasons\":\"Individual reasons, put to the refugee who answered them.\"}");
  }

  private ResultActions handover(PersonId person) throws Exception {
    return removal(person, "\"Assessed.\"");
  }

  private ResultActions removal(PersonId person, String riskAssessment) throws Exception {
    return mvc.perform(post("/api/persons/" + person + "/removal-requests").with(as(Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"requester\":\"HOST_AUTHORITY\",\"kind\":\"RETURN\"" + (riskAssessment == null ? "" : ",\"riskAssessment\":" + riskAssessment) + "}"));
  }

  private ResultActions read(CaseId id) throws Exception {
    return mvc.perform(get("/api/cases/" + id).with(as(Role.SUPERVISOR)));
  }

  private ResultActions act(CaseId id, String path, Role role, String body) throws Exception {
    return mvc.perform(post("/api/cases/" + id + "/" + path).with(as(role)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
