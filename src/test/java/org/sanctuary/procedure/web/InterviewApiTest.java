package org.sanctuary.procedure.web;

import org.sanctuary.procedure.Intake;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.NameScript;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonDraft;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Booking an interview through the API, each interview guard of procedure.md §4 both ways. */
@SanctuaryTest
class InterviewApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Intake intake;
  @Autowired PersonDirectory persons;

  private Fixtures.Staffed office;
  private String officer;

  @BeforeEach
  void anOfficeWithAKoreanSpeakingFemaleOfficer() {
    office = fixtures.anOfficeWithEveryRole();
    officer = office.username(Role.ELIGIBILITY_OFFICER);
    profile(officer, "FEMALE", List.of("ko"), false);
  }

  @Test
  void aWomanWhoAskedForAWomanIsBookedWithTheKoreanSpeakingOfficerAndHeard() throws Exception {
    CaseId id = informed(aWoman(Set.of()), "ko");
    String booked = schedule(id, 2, "{\"interviewer\":\"" + officer + "\"}", Role.RECEPTION)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.caseView.state").value("INTERVIEW_SCHEDULED"))
        .andReturn().getResponse().getContentAsString();
    String interview = booked.replaceAll(".*\"interviewId\":\"([0-9a-f-]{36})\".*", "$1");

    mvc.perform(post("/api/cases/" + id + "/interviews/" + UUID.randomUUID() + "/record").with(as(Role.ELIGIBILITY_OFFICER))
            .contentType(MediaType.APPLICATION_JSON).content("{\"version\":3,\"readBackConfirmed\":true}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
    mvc.perform(post("/api/cases/" + id + "/interviews/" + interview + "/record").with(as(Role.ELIGIBILITY_OFFICER))
            .contentType(MediaType.APPLICATION_JSON).content("{\"version\":3,\"readBackConfirmed\":true}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("INTERVIEWED"));
  }

  @Test
  void informationInALanguageTheApplicantDoesNotUnderstandIsNoInformation() throws Exception {
    CaseId id = informed(aWoman(Set.of()), "zh");
    schedule(id, 2, "{\"interviewer\":\"" + officer + "\"}", Role.RECEPTION).andExpect(code("INFO_NOT_PROVIDED"));
  }

  @Test
  void anOfficerWithoutKoreanNeedsAnInterpreter() throws Exception {
    String anotherOfficer = newOfficer("FEMALE", List.of("en"), false);
    CaseId id = informed(aWoman(Set.of()), "ko");
    schedule(id, 2, "{\"interviewer\":\"" + anotherOfficer + "\"}", Role.RECEPTION).andExpect(code("NO_INTERPRETER"));
    schedule(id, 2, "{\"interviewer\":\"" + anotherOfficer + "\",\"interpreter\":{\"name\":\"Park Ji-won\",\"language\":\"ko\",\"sex\":\"FEMALE\"}}", Role.RECEPTION)
        .andExpect(status().isCreated());
  }

  @Test
  void aSameSexRequestBindsUnlessASupervisorRecordsWhy() throws Exception {
    String man = newOfficer("MALE", List.of("ko"), false);
    CaseId id = informed(aWoman(Set.of()), "ko");
    schedule(id, 2, "{\"interviewer\":\"" + man + "\"}", Role.RECEPTION).andExpect(code("GENDER_PREFERENCE"));
    schedule(id, 2, "{\"interviewer\":\"" + man + "\",\"genderExceptionReason\":\"No woman officer for weeks\"}", Role.RECEPTION)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("genderExceptionReason"));
    schedule(id, 2, "{\"interviewer\":\"" + man + "\",\"genderExceptionReason\":\"No woman officer for weeks; she agreed\"}", Role.SUPERVISOR)
        .andExpect(status().isCreated());
  }

  @Test
  void participantsStayOnTheCaseAndARepresentativeNamedAtOneInterviewNeverInterpretsAtTheNext() throws Exception {
    String anotherOfficer = newOfficer("FEMALE", List.of("en"), false);
    CaseId id = informed(aWoman(Set.of()), "ko");
    String booked = schedule(id, 2, "{\"interviewer\":\"" + anotherOfficer + "\",\"appointment\":\"" + java.time.LocalDate.now()
            + "T10:30\",\"interpreter\":{\"name\":\"Park Ji-won\",\"language\":\"ko\",\"sex\":\"FEMALE\"},"
            + "\"legalRepresentative\":{\"name\":\"Lee Min-ho\",\"sex\":\"MALE\"}}", Role.RECEPTION)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.caseView.interviews[0].appointment").value(java.time.LocalDate.now() + "T10:30:00"))
        .andExpect(jsonPath("$.caseView.interviews[0].interpreter.name").value("Park Ji-won"))
        .andExpect(jsonPath("$.caseView.legalRepresentative.name").value("Lee Min-ho"))
        .andReturn().getResponse().getContentAsString();
    String interview = booked.replaceAll(".*\"interviewId\":\"([0-9a-f-]{36})\".*", "$1");
    mvc.perform(post("/api/cases/" + id + "/interviews/" + interview + "/no-show").with(as(Role.RECEPTION))
            .contentType(MediaType.APPLICATION_JSON).content("{\"version\":3}"))
        .andExpect(status().isOk());

    // At the next booking the representative of the first cannot interpret, whatever the spelling's case.
    schedule(id, 4, "{\"interviewer\":\"" + anotherOfficer + "\",\"interpreter\":{\"name\":\"lee  min-ho\",\"language\":\"ko\","
        + "\"sex\":\"FEMALE\"}}", Role.RECEPTION).andExpect(code("CONFLICT_REP_AS_INTERPRETER"));
    // Nor can the first interpreter become the representative.
    schedule(id, 4, "{\"interviewer\":\"" + officer + "\",\"legalRepresentative\":{\"name\":\"Park Ji-won\",\"sex\":\"FEMALE\"}}",
        Role.RECEPTION).andExpect(code("CONFLICT_REP_AS_INTERPRETER"));
    schedule(id, 4, "{\"interviewer\":\"" + anotherOfficer + "\",\"interpreter\":{\"name\":\"Choe Un-ha\",\"language\":\"ko\","
        + "\"sex\":\"FEMALE\"}}", Role.RECEPTION)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.caseView.interviews.length()").value(2))
        .andExpect(jsonPath("$.caseView.interviews[0].status").value("MISSED"))
        .andExpect(jsonPath("$.caseView.interviews[1].status").value("BOOKED"));

    String page = mvc.perform(get("/cases/" + id).with(as(Role.RECEPTION))).andReturn().getResponse().getContentAsString();
    org.assertj.core.api.Assertions.assertThat(page)
        .contains(java.time.LocalDate.now() + " 10:30").contains("Park Ji-won").contains("Lee Min-ho").contains("Choe Un-ha");
  }

  @Test
  void anInterviewIsNotRecordedAsHeldBeforeTheDayItWasBookedFor() throws Exception {
    CaseId id = informed(aWoman(Set.of()), "ko");
    String booked = schedule(id, 2, "{\"interviewer\":\"" + officer + "\",\"appointment\":\"" + java.time.LocalDate.now().plusDays(2)
            + "T09:00\"}", Role.RECEPTION)
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String interview = booked.replaceAll(".*\"interviewId\":\"([0-9a-f-]{36})\".*", "$1");
    mvc.perform(post("/api/cases/" + id + "/interviews/" + interview + "/record").with(as(Role.ELIGIBILITY_OFFICER))
            .contentType(MediaType.APPLICATION_JSON).content("{\"version\":3,\"readBackConfirmed\":true}"))
        .andExpect(code("ACT_BEFORE_PRECEDING_ACT"));
    schedule(id, 3, "{\"interviewer\":\"" + officer + "\",\"appointment\":\"" + java.time.LocalDate.now().minusDays(1)
        + "T09:00\"}", Role.RECEPTION).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("appointment"));
  }

  @Test
  void aSupervisorsExceptionToASameSexRequestKeepsItsReasonInTheHistoryAndTheTrail() throws Exception {
    String man = newOfficer("MALE", List.of("ko"), false);
    CaseId id = informed(aWoman(Set.of()), "ko");
    schedule(id, 2, "{\"interviewer\":\"" + man + "\",\"genderExceptionReason\":\"No woman officer for weeks; she agreed\"}",
            Role.SUPERVISOR)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.caseView.history[?(@.what == 'GenderExceptionRecorded')].detail")
            .value(org.hamcrest.Matchers.hasItem("No woman officer for weeks; she agreed")))
        .andExpect(jsonPath("$.caseView.interviews[0].genderExceptionReason").value("No woman officer for weeks; she agreed"));
    mvc.perform(get("/api/audit/entries").with(as(Role.AUDITOR)))
        .andExpect(jsonPath("$.items[?(@.subjectId == '" + id + "')].action").value(org.hamcrest.Matchers.hasItem("GENDER_EXCEPTION_RECORDED")));
  }

  @Test
  void theLegalRepresentativeCannotInterpret() throws Exception {
    CaseId id = informed(aWoman(Set.of()), "ko");
    String choi = "{\"name\":\"Choi Soo-jin\",\"language\":\"ko\",\"sex\":\"FEMALE\"}";
    schedule(id, 2, "{\"interviewer\":\"" + officer + "\",\"interpreter\":" + choi + ",\"legalRepresentative\":" + choi + "}", Role.RECEPTION)
        .andExpect(code("CONFLICT_REP_AS_INTERPRETER"));
    schedule(id, 2, "{\"interviewer\":\"" + officer + "\",\"legalRepresentative\":" + choi + "}", Role.RECEPTION)
        .andExpect(status().isCreated());
  }

  @Test
  void aChildAloneIsHeardOnlyWithAGuardian() throws Exception {
    CaseId id = informed(aWoman(Set.of(SpecificNeed.SEPARATED_CHILD)), "ko");
    schedule(id, 2, "{\"interviewer\":\"" + officer + "\"}", Role.RECEPTION).andExpect(code("NO_GUARDIAN"));
    schedule(id, 2, "{\"interviewer\":\"" + officer + "\",\"guardian\":{\"name\":\"Han Mi-ra\",\"sex\":\"FEMALE\"}}", Role.RECEPTION)
        .andExpect(status().isCreated());
  }

  @Test
  void aTortureSurvivorIsHeardOnlyByATraumaTrainedOfficer() throws Exception {
    CaseId id = informed(aWoman(Set.of(SpecificNeed.SURVIVOR_OF_TORTURE)), "ko");
    schedule(id, 2, "{\"interviewer\":\"" + officer + "\"}", Role.RECEPTION).andExpect(code("TRAINED_INTERVIEWER_REQUIRED"));
    String trained = newOfficer("FEMALE", List.of("ko"), true);
    schedule(id, 2, "{\"interviewer\":\"" + trained + "\"}", Role.RECEPTION).andExpect(status().isCreated());
  }

  private ResultActions schedule(CaseId id, long version, String body, Role role) throws Exception {
    String withVersion = "{\"version\":" + version + "," + body.substring(1);
    return mvc.perform(post("/api/cases/" + id + "/interviews").with(as(role)).contentType(MediaType.APPLICATION_JSON).content(withVersion));
  }

  private static org.springframework.test.web.servlet.ResultMatcher code(String code) {
    return result -> {
      status().isConflict().match(result);
      jsonPath("$.code").value(code).match(result);
    };
  }

  private PersonId aWoman(Set<SpecificNeed> needs) {
    return access.actingAs(office.username(Role.REGISTRAR), () -> persons.register(office.office().id(),
        new PersonDraft(List.of(new PersonDraft.NameDraft(NameScript.HANGUL, "정미경", true)), Sex.FEMALE, "1971",
            List.of("PRK"), List.of(), List.of("ko"), "ko", GenderPreference.FEMALE, GenderPreference.FEMALE, needs)));
  }

  private CaseId informed(PersonId person, String language) {
    CaseId id = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.recordIntent(Intake.RecordIntent.of(office.office().id(), person, Set.of(), Channel.OFFICE, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.register(id, new Intake.Register(0L, null, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.provideInformation(id, new Intake.ProvideInformation(1L, language, null, null)));
    return id;
  }

  private String newOfficer(String sex, List<String> languages, boolean trained) {
    String username = "eo-" + UUID.randomUUID().toString().substring(0, 8);
    access.actingAs(office.username(Role.ADMIN), () -> fixtures.addUser(username, office, Role.ELIGIBILITY_OFFICER));
    profile(username, sex, languages, trained);
    return username;
  }

  private void profile(String username, String sex, List<String> languages, boolean trained) {
    fixtures.officerProfile(office, username, sex, languages, trained);
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
