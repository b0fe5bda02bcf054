package org.sanctuary.procedure.web;

import org.sanctuary.procedure.Intake;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A case never gets stuck for good: an interview record left open can be finalised later, the
 * information pack delivered in the wrong language can be delivered again, and a returned draft can
 * go back to a new interview. Each way on is offered to the role that gives it.
 */
@SanctuaryTest
class NoDeadEndsApiTest {

  private static final String POSITIVE = "{\"finding\":\"POSITIVE\",\"reasons\":\"Established.\"}";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Intake intake;

  private Fixtures.Staffed office;

  @BeforeEach
  void anOffice() {
    office = fixtures.anOfficeWithEveryRole();
    fixtures.officerProfile(office, office.username(Role.ELIGIBILITY_OFFICER), "FEMALE", List.of("ko"), false);
  }

  @Test
  void anInterviewRecordLeftOpenIsFinalisedLaterAndTheDecisionCanThenBeSigned() throws Exception {
    CaseId id = informed("ko");
    String interview = book(id, 2).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()
        .replaceAll(".*\"interviewId\":\"([0-9a-f-]{36})\".*", "$1");
    act(id, "interviews/" + interview + "/record", Role.ELIGIBILITY_OFFICER, "{\"version\":3,\"readBackConfirmed\":false}")
        .andExpect(status().isOk());
    assess(id, 4).andExpect(status().isOk());
    act(id, "decision", Role.ELIGIBILITY_OFFICER,
        "{\"version\":5,\"outcome\":\"RECOGNITION\",\"legalBasis\":\"Art 1A(2)\",\"notificationLanguage\":\"ko\"}").andExpect(status().isOk());
    act(id, "decision/sign", Role.SUPERVISOR, "{\"version\":6,\"recipient\":\"APPLICANT\"}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INTERVIEW_RECORD_NOT_FINALISED"));

    read(id, Role.ELIGIBILITY_OFFICER).andExpect(jsonPath("$.actionsYouMayTake").value(hasItem("FINALISE_INTERVIEW_RECORD")));
    act(id, "interview-record/finalisation", Role.ELIGIBILITY_OFFICER, "{\"version\":6,\"readBackConfirmed\":false}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("refusalReasons"));
    act(id, "interview-record/finalisation", Role.ELIGIBILITY_OFFICER,
        "{\"version\":6,\"readBackConfirmed\":false,\"refusalReasons\":\"The applicant disputes the translation of page 3.\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("DECISION_DRAFTED"))
        .andExpect(jsonPath("$.actionsYouMayTake").value(not(hasItem("FINALISE_INTERVIEW_RECORD"))));
    act(id, "decision/sign", Role.SUPERVISOR, "{\"version\":7,\"recipient\":\"APPLICANT\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RECOGNISED"));
  }

  @Test
  void informationDeliveredInTheWrongLanguageIsDeliveredAgainAndTheInterviewThenBooked() throws Exception {
    CaseId id = informed("zh");
    book(id, 2).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INFO_NOT_PROVIDED"));
    read(id, Role.REGISTRAR).andExpect(jsonPath("$.actionsYouMayTake").value(hasItem("PROVIDE_INFORMATION")));
    act(id, "information", Role.REGISTRAR, "{\"version\":2,\"language\":\"ko\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("INFO_PROVIDED"));
    book(id, 3).andExpect(status().isCreated()).andExpect(jsonPath("$.caseView.state").value("INTERVIEW_SCHEDULED"));
  }

  @Test
  void aDraftReturnedForWantOfAHearingGoesBackToANewInterview() throws Exception {
    CaseId id = informed("ko");
    String interview = book(id, 2).andReturn().getResponse().getContentAsString()
        .replaceAll(".*\"interviewId\":\"([0-9a-f-]{36})\".*", "$1");
    act(id, "interviews/" + interview + "/record", Role.ELIGIBILITY_OFFICER, "{\"version\":3,\"readBackConfirmed\":true}")
        .andExpect(status().isOk());
    assess(id, 4).andExpect(status().isOk());
    act(id, "decision", Role.ELIGIBILITY_OFFICER,
        "{\"version\":5,\"outcome\":\"RECOGNITION\",\"legalBasis\":\"Art 1A(2)\",\"notificationLanguage\":\"ko\"}").andExpect(status().isOk());
    act(id, "decision/return", Role.SUPERVISOR, "{\"version\":6,\"reason\":\"Hear the applicant again on the route.\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ASSESSMENT_IN_PROGRESS"));

    read(id, Role.RECEPTION).andExpect(jsonPath("$.actionsYouMayTake").value(hasItem("SCHEDULE_INTERVIEW")));
    book(id, 7).andExpect(status().isCreated()).andExpect(jsonPath("$.caseView.state").value("INTERVIEW_SCHEDULED"));
  }

  @Test
  void languagesAreCodesFromTheListNeverFreeText() throws Exception {
    CaseId id = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.recordIntent(Intake.RecordIntent.of(office.office().id(), fixtures.aPersonAt(office, "문성철"), Set.of(), Channel.OFFICE, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.register(id, new Intake.Register(0L, null, null)));
    act(id, "information", Role.REGISTRAR, "{\"version\":1,\"language\":\"Korean\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("language"));
    act(id, "information", Role.REGISTRAR, "{\"version\":1,\"language\":\"KO\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.history[-1:].detail").value("ko"));
    act(id, "interviews", Role.RECEPTION, "{\"version\":2,\"interviewer\":\"" + office.username(Role.ELIGIBILITY_OFFICER)
            + "\",\"interpreter\":{\"name\":\"Pak\",\"language\":\"Korean\",\"sex\":\"FEMALE\"}}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("interpreter"));
    String page = mvc.perform(get("/cases/" + id).with(as(Role.RECEPTION))).andReturn().getResponse().getContentAsString();
    org.assertj.core.api.Assertions.assertThat(page).contains("한국어 (ko)");
  }

  @Test
  void everyRuleASignatureWouldBreakIsShownAtOnceInTheFormsOwnWordsAndNothingChanges() throws Exception {
    CaseId id = informed("ko");
    String interview = book(id, 2).andReturn().getResponse().getContentAsString()
        .replaceAll(".*\"interviewId\":\"([0-9a-f-]{36})\".*", "$1");
    act(id, "interviews/" + interview + "/record", Role.ELIGIBILITY_OFFICER, "{\"version\":3,\"readBackConfirmed\":false}")
        .andExpect(status().isOk());
    String negativeWithoutSurPlace = "{\"version\":4,\"identityAndNationality\":" + POSITIVE
        + ",\"materialFacts\":{\"finding\":\"NEGATIVE\",\"reasons\":\"Contradictions.\"},\"exclusion\":\"NOT_EXCLUDED\"}";
    mvc.perform(put("/api/cases/" + id + "/assessment").with(as(Role.ELIGIBILITY_OFFICER)).contentType(MediaType.APPLICATION_JSON)
        .content(negativeWithoutSurPlace)).andExpect(status().isOk());
    // While assessing: the hearing record and the sur place section, before any draft.
    mvc.perform(get("/api/cases/" + id + "/decision/check").with(as(Role.ELIGIBILITY_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].refusal").value(org.hamcrest.Matchers.contains("INTERVIEW_RECORD_NOT_FINALISED", "MISSING_SUR_PLACE_ANALYSIS")));
    act(id, "decision", Role.ELIGIBILITY_OFFICER, "{\"version\":5,\"outcome\":\"REJECTION\",\"individualExplanation\":\"Economic migrant.\"}")
        .andExpect(status().isOk());
    // The supervisor sees every rule at once, and the case does not move.
    mvc.perform(get("/api/cases/" + id + "/decision/check").with(as(Role.SUPERVISOR)))
        .andExpect(jsonPath("$[*].refusal").value(org.hamcrest.Matchers.contains(
            "INTERVIEW_RECORD_NOT_FINALISED", "MISSING_SUR_PLACE_ANALYSIS", "INCOMPLETE_REASONS")))
        .andExpect(jsonPath("$[2].missing").value(hasItem("legalBasis")));
    read(id, Role.SUPERVISOR).andExpect(jsonPath("$.version").value(6)).andExpect(jsonPath("$.state").value("DECISION_DRAFTED"));
    String page = mvc.perform(get("/cases/" + id).with(as(Role.SUPERVISOR))).andReturn().getResponse().getContentAsString();
    org.assertj.core.api.Assertions.assertThat(page)
        .contains("id=\"before-signing\"").contains("Legal basis").contains("Appeal instructions")
        .contains("id=\"assessment\"").contains("Material facts and their credibility");
    org.assertj.core.api.Assertions.assertThat(page.substring(page.indexOf("id=\"before-signing\""), page.indexOf("id=\"actions\"")))
        .doesNotContain(">legalBasis<");
  }

  /** Intent, registration and the information pack in the language given (version 2). */
  private CaseId informed(String language) {
    CaseId id = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.recordIntent(Intake.RecordIntent.of(office.office().id(), fixtures.aPersonAt(office, "강선희"), Set.of(), Channel.OFFICE, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.register(id, new Intake.Register(0L, null, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.provideInformation(id, new Intake.ProvideInformation(1L, language, null, null)));
    return id;
  }

  private ResultActions book(CaseId id, long version) throws Exception {
    return act(id, "interviews", Role.RECEPTION,
        "{\"version\":" + version + ",\"interviewer\":\"" + office.username(Role.ELIGIBILITY_OFFICER) + "\"}");
  }

  private ResultActions assess(CaseId id, long version) throws Exception {
    String body = "{\"version\":" + version + ",\"identityAndNationality\":" + POSITIVE + ",\"materialFacts\":" + POSITIVE
        + ",\"wellFoundedFear\":" + POSITIVE + ",\"persecution\":" + POSITIVE + ",\"noStateProtection\":" + POSITIVE
        + ",\"nexus\":" + POSITIVE + ",\"grounds\":[\"POLITICAL_OPINION\"],\"noInternalFlightAlternative\":" + POSITIVE
        + ",\"surPlaceAndIllegalExit\":\"Illegal exit is punished.\",\"exclusion\":\"NOT_EXCLUDED\",\"exclusionReasons\":\"None.\"}";
    return mvc.perform(put("/api/cases/" + id + "/assessment").with(as(Role.ELIGIBILITY_OFFICER))
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions act(CaseId id, String path, Role role, String body) throws Exception {
    return mvc.perform(post("/api/cases/" + id + "/" + path).with(as(role)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions read(CaseId id, Role role) throws Exception {
    return mvc.perform(get("/api/cases/" + id).with(as(role)));
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
