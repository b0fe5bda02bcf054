package org.sanctuary.procedure.web;

import org.sanctuary.procedure.Decisions;
import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.procedure.CaseId;
import org.sanctuary.procedure.Casework;
import org.sanctuary.procedure.Channel;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.ConventionGround;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case pages offer a form for exactly the actions the engine allows the reader now, and show a
 * refusal with its rule in words, keeping what was typed.
 */
@SanctuaryTest
class CasePagesTest {

  private static final Pattern COMMAND = Pattern.compile("data-command=\"([A-Z_]+)\"");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Decisions decisions;
  @Autowired Intake intake;
  @Autowired Interviews interviews;
  @Autowired JsonMapper json;
  @Autowired org.sanctuary.registry.PersonDirectory persons;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired org.sanctuary.access.Offices offices;

  private Fixtures.Staffed office;
  private String eo;

  @BeforeEach
  void anOffice() {
    office = fixtures.anOfficeWithEveryRole();
    eo = office.username(Role.ELIGIBILITY_OFFICER);
    fixtures.officerProfile(office, eo, "FEMALE", List.of("ko"), false);
  }

  @Test
  void theFormsOfferedAreExactlyTheActionsTheEngineAllowsForEachRoleAndState() throws Exception {
    List<CaseId> sample = new ArrayList<>();
    PersonId child = fixtures.aPersonAt(office, "리은별");
    CaseId fresh = opened(fixtures.aPersonAt(office, "김영희"), Set.of(child));
    sample.add(fresh);
    CaseId scheduled = opened(fixtures.aPersonAt(office, "박철수"), Set.of());
    UUID interview = advanceToScheduled(scheduled);
    sample.add(scheduled);
    CaseId drafted = opened(fixtures.aPersonAt(office, "최순희"), Set.of());
    as(eo, () -> interviews.record(drafted, advanceToScheduled(drafted), new Interviews.RecordInterview(3L, true, null, null, null)));
    as(eo, () -> decisions.writeAssessment(drafted, Decisions.WriteAssessment.of(4, positive())));
    as(eo, () -> decisions.draft(drafted, Decisions.DraftDecision.of(5, recognition())));
    sample.add(drafted);
    CaseId recognised = opened(fixtures.aPersonAt(office, "한영수"), Set.of(fixtures.aPersonAt(office, "한은별")));
    as(eo, () -> interviews.record(recognised, advanceToScheduled(recognised), new Interviews.RecordInterview(3L, true, null, null, null)));
    as(eo, () -> decisions.writeAssessment(recognised, Decisions.WriteAssessment.of(4, positive())));
    as(eo, () -> decisions.draft(recognised, Decisions.DraftDecision.of(5, recognition())));
    as(office.username(Role.SUPERVISOR), () -> decisions.sign(recognised, new Decisions.SignDecision(6L, RecipientType.APPLICANT, null, null, null)));
    sample.add(recognised);
    CaseId held = opened(fixtures.aPersonAt(office, "정미란"), Set.of());
    as(office.username(Role.SUPERVISOR), () -> casework.hold(held, new Casework.Hold(0L, "Medical emergency", null, null)));
    sample.add(held);
    assertThat(interview).isNotNull();

    int compared = 0;
    for (CaseId id : sample) {
      for (Role role : Role.values()) {
        String username = office.username(role);
        MockHttpServletResponse page = mvc.perform(get("/cases/" + id).with(user(fixtures.user(username)))).andReturn().getResponse();
        MockHttpServletResponse api = mvc.perform(get("/api/cases/" + id).with(user(fixtures.user(username)))).andReturn().getResponse();
        assertThat(page.getStatus()).as("%s on %s", role, id).isEqualTo(api.getStatus());
        if (api.getStatus() != 200) {
          continue;
        }
        Set<String> engine = new TreeSet<>();
        for (JsonNode command : json.readTree(api.getContentAsString()).get("actionsYouMayTake")) {
          engine.add(command.asString());
        }
        Set<String> forms = new TreeSet<>();
        Matcher m = COMMAND.matcher(page.getContentAsString());
        while (m.find()) {
          forms.add(m.group(1));
        }
        assertThat(forms).as("forms for %s on a case %s", role, json.readTree(api.getContentAsString()).get("state")).isEqualTo(engine);
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(25);
  }

  @Test
  void aRefusedSignatureShowsTheRuleInWordsAndChangesNothing() throws Exception {
    CaseId id = opened(fixtures.aPersonAt(office, "리순옥"), Set.of());
    as(eo, () -> interviews.record(id, advanceToScheduled(id), new Interviews.RecordInterview(3L, true, null, null, null)));
    as(eo, () -> decisions.writeAssessment(id, Decisions.WriteAssessment.of(4, positive())));
    MockHttpServletResponse drafted = mvc.perform(post("/cases/" + id + "/actions/DRAFT_DECISION").with(csrf()).with(user(fixtures.user(eo)))
            .param("version", "5").param("outcome", "REJECTION").param("individualExplanation", "Economic migrant."))
        .andReturn().getResponse();
    assertThat(drafted.getStatus()).isEqualTo(302);

    MockHttpServletResponse refused = mvc.perform(post("/cases/" + id + "/actions/SIGN_DECISION").with(csrf())
            .with(user(fixtures.user(office.username(Role.SUPERVISOR)))).param("version", "6").param("recipient", "APPLICANT"))
        .andReturn().getResponse();
    assertThat(refused.getStatus()).isEqualTo(409);
    assertThat(refused.getContentAsString())
        .contains("INCOMPLETE_ASSESSMENT")
        .contains("Recognition needs every inclusion element positive")
        .contains("<option value=\"APPLICANT\" selected=\"selected\">");
    assertThat(access.actingAs(eo, () -> casework.read(id)).version()).isEqualTo(6);

    String inKorean = mvc.perform(post("/cases/" + id + "/actions/SIGN_DECISION").param("lang", "ko").with(csrf())
            .with(user(fixtures.user(office.username(Role.SUPERVISOR)))).param("version", "6").param("recipient", "APPLICANT"))
        .andReturn().getResponse().getContentAsString();
    assertThat(inKorean).contains("INCOMPLETE_ASSESSMENT").contains("인정하려면 모든 포함 요건이 긍정이고");
  }

  @Test
  void aMissingFieldIsNamedBesideItAndWhatWasTypedStays() throws Exception {
    CaseId id = opened(fixtures.aPersonAt(office, "리명철"), Set.of());
    as(office.username(Role.REGISTRAR), () -> intake.register(id, new Intake.Register(0L, null, null)));
    MockHttpServletResponse page = mvc.perform(post("/cases/" + id + "/actions/PROVIDE_INFORMATION").with(csrf())
            .with(user(fixtures.user(office.username(Role.REGISTRAR)))).param("version", "1").param("language", " ").param("on", "2002-13-40"))
        .andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(400);
    assertThat(page.getContentAsString()).contains("id=\"provide_information-on-error\"").contains("is not a date").contains("value=\"2002-13-40\"");
  }

  @Test
  void theBookingFormSendsTheApiRecordWithItsParticipantsAndKeepsWhatWasTypedBesideEveryProblem() throws Exception {
    CaseId id = opened(fixtures.aPersonAt(office, "박은주"), Set.of());
    as(office.username(Role.REGISTRAR), () -> intake.register(id, new Intake.Register(0L, null, null)));
    as(office.username(Role.REGISTRAR), () -> intake.provideInformation(id, new Intake.ProvideInformation(1L, "ko", null, null)));
    String reception = office.username(Role.RECEPTION);

    MockHttpServletResponse refused = mvc.perform(post("/cases/" + id + "/actions/SCHEDULE_INTERVIEW").with(csrf())
            .with(user(fixtures.user(reception))).param("version", "2").param("interviewer", eo)
            .param("appointment", "next Tuesday").param("interpreter.name", "Park Ji-won").param("interpreter.language", "ko"))
        .andReturn().getResponse();
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString())
        .contains("is not a day and time").contains("needs a name and a sex")
        .contains("value=\"Park Ji-won\"").contains("value=\"next Tuesday\"");
    assertThat(access.actingAs(reception, () -> casework.read(id)).version()).isEqualTo(2);

    String appointment = java.time.LocalDate.now().plusDays(3) + "T10:00";
    MockHttpServletResponse booked = mvc.perform(post("/cases/" + id + "/actions/SCHEDULE_INTERVIEW").with(csrf())
            .with(user(fixtures.user(reception))).param("version", "2").param("interviewer", eo).param("appointment", appointment)
            .param("interpreter.name", "Park Ji-won").param("interpreter.language", "ko").param("interpreter.sex", "FEMALE")
            .param("legalRepresentative.name", "Lee Min-ho").param("legalRepresentative.sex", "MALE")
            .param("guardian.name", "").param("guardian.sex", ""))
        .andReturn().getResponse();
    assertThat(booked.getStatus()).isEqualTo(302);
    var interview = access.actingAs(reception, () -> casework.read(id)).interviews().get(0);
    assertThat(interview.appointment()).hasToString(appointment);
    assertThat(interview.interpreter()).isEqualTo(new org.sanctuary.procedure.interview.Participant("Park Ji-won", "ko", org.sanctuary.registry.Sex.FEMALE));
    assertThat(interview.legalRepresentative().name()).isEqualTo("Lee Min-ho");
    assertThat(interview.guardian()).isNull();
  }

  @Test
  void anInterviewIsRecordedOnTheInterviewTheCasePageNamed() throws Exception {
    CaseId id = opened(fixtures.aPersonAt(office, "리순옥"), Set.of());
    UUID interview = advanceToScheduled(id);
    assertThat(mvc.perform(get("/cases/" + id).with(user(fixtures.user(eo)))).andReturn().getResponse().getContentAsString())
        .contains("name=\"interviewId\" value=\"" + interview + "\"");

    MockHttpServletResponse unnamed = mvc.perform(post("/cases/" + id + "/actions/RECORD_INTERVIEW").with(csrf())
            .with(user(fixtures.user(eo))).param("version", "3").param("readBackConfirmed", "true"))
        .andReturn().getResponse();
    assertThat(unnamed.getStatus()).isEqualTo(400);
    assertThat(unnamed.getContentAsString()).contains("the case page names no such interview");

    MockHttpServletResponse recorded = mvc.perform(post("/cases/" + id + "/actions/RECORD_INTERVIEW").with(csrf())
            .with(user(fixtures.user(eo))).param("version", "3").param("interviewId", interview.toString())
            .param("readBackConfirmed", "true"))
        .andReturn().getResponse();
    assertThat(recorded.getStatus()).isEqualTo(302);
    assertThat(access.actingAs(eo, () -> casework.read(id)).state()).isEqualTo(org.sanctuary.procedure.ClaimState.INTERVIEWED);
  }

  @Test
  void theSignedLetterReadsInKorean() throws Exception {
    CaseId id = opened(fixtures.aPersonAt(office, "김정숙"), Set.of());
    as(eo, () -> interviews.record(id, advanceToScheduled(id), new Interviews.RecordInterview(3L, true, null, null, null)));
    as(eo, () -> decisions.writeAssessment(id, Decisions.WriteAssessment.of(4, positive())));
    as(eo, () -> decisions.draft(id, Decisions.DraftDecision.of(5, recognition())));
    mvc.perform(get("/cases/" + id + "/letter").with(user(fixtures.user(eo)))).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
    as(office.username(Role.SUPERVISOR), () -> decisions.sign(id, new Decisions.SignDecision(6L, RecipientType.APPLICANT, null, null, null)));
    String letter = mvc.perform(get("/cases/" + id + "/letter").param("lang", "ko").with(user(fixtures.user(eo))))
        .andReturn().getResponse().getContentAsString();
    assertThat(letter).contains("lang=\"ko\"").contains("난민 지위 신청에 대한 결정").contains("귀하는 난민으로 인정되었습니다.").contains("김정숙");
  }

  @Test
  void theLetterIsIssuedAsAPdfInTheNotificationLanguageWithItsFontEmbeddedAndEveryPrintGivesTheSameBytes() throws Exception {
    CaseId id = opened(fixtures.aPersonAt(office, "김정숙"), Set.of());
    as(eo, () -> interviews.record(id, advanceToScheduled(id), new Interviews.RecordInterview(3L, true, null, null, null)));
    as(eo, () -> decisions.writeAssessment(id, Decisions.WriteAssessment.of(4, positive())));
    as(eo, () -> decisions.draft(id, Decisions.DraftDecision.of(5, recognition())));
    mvc.perform(get("/api/cases/" + id + "/letter").with(user(fixtures.user(eo))))
        .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404)); // nothing is issued before the notification
    String supervisor = office.username(Role.SUPERVISOR);
    offices.nameUnchecked(office.office().id(), "ko", "시험 보호 사무소");
    as(supervisor, () -> decisions.sign(id, new Decisions.SignDecision(6L, RecipientType.APPLICANT, null, null, null)));
    assertThat(jdbc.sql("SELECT language FROM case_letter WHERE case_id = ?").param(id.value()).query(String.class).single())
        .as("archived when notified").isEqualTo("ko");

    MockHttpServletResponse first = mvc.perform(get("/api/cases/" + id + "/letter").with(user(fixtures.user(eo)))).andReturn().getResponse();
    assertThat(first.getStatus()).isEqualTo(200);
    assertThat(first.getContentType()).isEqualTo("application/pdf");
    byte[] pdf = first.getContentAsByteArray();
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text).contains("김정숙").contains("귀하는 난민으로 인정되었습니다").contains("난민 지위 신청에 대한 결정")
          .contains("시험 보호 사무소")
          .contains("감독관")
          .contains(jdbc.sql("SELECT display_name FROM app_user WHERE username = ?").param(supervisor).query(String.class).single());
      for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
        for (org.apache.pdfbox.cos.COSName font : page.getResources().getFontNames()) {
          assertThat(page.getResources().getFont(font).isEmbedded()).as("font %s embedded", font.getName()).isTrue();
        }
      }
      assertThat(document.getDocumentCatalog().getMetadata()).as("PDF/A metadata").isNotNull();
    }
    MockHttpServletResponse reprint = mvc.perform(get("/cases/" + id + "/letter.pdf").with(user(fixtures.user(supervisor))))
        .andReturn().getResponse();
    assertThat(reprint.getContentAsByteArray()).isEqualTo(pdf);
    assertThat(reprint.getHeader("X-Content-SHA256")).isEqualTo(first.getHeader("X-Content-SHA256"));
    assertThat(mvc.perform(get("/cases/" + id).with(user(fixtures.user(eo)))).andReturn().getResponse().getContentAsString())
        .contains("/cases/" + id + "/letter.pdf");
  }

  @Test
  void aRefusalReadsInTheReadersLanguage() throws Exception {
    CaseId id = opened(fixtures.aPersonAt(office, "염순덕"), Set.of());
    MockHttpServletResponse refused = mvc.perform(post("/cases/" + id + "/actions/PROVIDE_INFORMATION").with(csrf()).param("lang", "ko")
            .param("version", "0").param("language", "ko").with(user(fixtures.user(office.username(Role.REGISTRAR)))))
        .andReturn().getResponse();
    assertThat(refused.getStatus()).isEqualTo(409);
    assertThat(refused.getContentAsString()).contains("ILLEGAL_TRANSITION").contains("상태일 때는")
        .doesNotContain("is not allowed while the claim is");
    String api = mvc.perform(post("/api/cases/" + id + "/information").header("Accept-Language", "ko")
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"version\":0,\"language\":\"ko\"}")
            .with(user(fixtures.user(office.username(Role.REGISTRAR)))))
        .andReturn().getResponse().getContentAsString();
    assertThat(api).contains("is not allowed while the claim is");
  }

  @Test
  void theIntentFormShowsWhoElseMayBeThisPersonAndNothingWhenNobodyMayBe() throws Exception {
    PersonId first = fixtures.aPersonAt(office, "황보영식");
    PersonId second = as(office.username(Role.REGISTRAR), () -> persons.register(office.office().id(), Fixtures.aDraft("황보영식"),
        "Two men of this name came through Hoeryong; the second is older."));
    String form = mvc.perform(get("/cases/new").param("personId", second.toString()).with(user(fixtures.user(office.username(Role.RECEPTION)))))
        .andReturn().getResponse().getContentAsString();
    assertThat(form).contains("id=\"possibly-also\"").contains("/persons/" + first);
    String alone = mvc.perform(get("/cases/new").param("personId", fixtures.aDistinctPersonAt(office).toString())
            .with(user(fixtures.user(office.username(Role.RECEPTION)))))
        .andReturn().getResponse().getContentAsString();
    assertThat(alone).doesNotContain("possibly-also");
  }

  private CaseId opened(PersonId principal, Set<PersonId> dependants) {
    return as(office.username(Role.RECEPTION),
        () -> intake.recordIntent(Intake.RecordIntent.of(office.office().id(), principal, dependants, Channel.DIPLOMATIC_PREMISES, null)));
  }

  /** Registration, information and a booked interview (version 3). */
  private UUID advanceToScheduled(CaseId id) {
    as(office.username(Role.REGISTRAR), () -> intake.register(id, new Intake.Register(0L, null, null)));
    as(office.username(Role.REGISTRAR), () -> intake.provideInformation(id, new Intake.ProvideInformation(1L, "ko", null, null)));
    return as(office.username(Role.RECEPTION), () -> interviews.schedule(id, new Interviews.ScheduleInterview(2L, eo, null, null, null, null, null, null, null)));
  }

  private static Assessment positive() {
    Assessment.Element yes = new Assessment.Element(Finding.POSITIVE, "Established.");
    return new Assessment(yes, yes, yes, yes, yes, yes, Set.of(ConventionGround.POLITICAL_OPINION), yes, "Illegal exit is punished.",
        Exclusion.NOT_EXCLUDED, null, null);
  }

  private static DecisionDraft recognition() {
    return new DecisionDraft(DecisionDraft.Outcome.RECOGNITION, Set.of(), null, "Art 1A(2)", null, "ko", Set.of());
  }

  private <T> T as(String username, java.util.function.Supplier<T> work) {
    return access.actingAs(username, work);
  }
}
