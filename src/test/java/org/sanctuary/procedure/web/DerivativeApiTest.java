package org.sanctuary.procedure.web;

import org.sanctuary.procedure.Decisions;
import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.ConventionGround;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.NameScript;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonDraft;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Family unity after recognition: derivative status for the North Korean child, not for a host-country national. */
@SanctuaryTest
class DerivativeApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Decisions decisions;
  @Autowired Intake intake;
  @Autowired Interviews interviews;
  @Autowired PersonDirectory persons;

  private Fixtures.Staffed office;
  private PersonId child;
  private PersonId husband;
  private CaseId recognised;

  @BeforeEach
  void aRecognisedMotherWithHerChildAndHerChineseHusband() {
    office = fixtures.anOfficeWithEveryRole();
    fixtures.officerProfile(office, office.username(Role.ELIGIBILITY_OFFICER), "FEMALE", List.of("ko"), false);
    PersonId mother = fixtures.aPersonAt(office, "리순옥");
    child = fixtures.aPersonAt(office, "리은별");
    husband = access.actingAs(office.username(Role.REGISTRAR), () -> persons.register(office.office().id(),
        new PersonDraft(List.of(new PersonDraft.NameDraft(NameScript.HANJA, "王伟", true)), Sex.MALE, "1965", List.of("CHN"),
            List.of(), List.of("zh"), "zh", GenderPreference.NONE, GenderPreference.NONE, Set.of())));
    String eo = office.username(Role.ELIGIBILITY_OFFICER);
    recognised = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.recordIntent(Intake.RecordIntent.of(office.office().id(), mother, Set.of(child, husband), Channel.OFFICE, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.register(recognised, new Intake.Register(0L, null, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.provideInformation(recognised, new Intake.ProvideInformation(1L, "ko", null, null)));
    UUID interview = access.actingAs(office.username(Role.RECEPTION),
        () -> interviews.schedule(recognised, new Interviews.ScheduleInterview(2L, eo, null, null, null, null, null, null, null)));
    access.actingAs(eo, () -> interviews.record(recognised, interview, new Interviews.RecordInterview(3L, true, null, null, null)));
    Assessment.Element yes = new Assessment.Element(Finding.POSITIVE, "Established.");
    access.actingAs(eo, () -> decisions.writeAssessment(recognised, Decisions.WriteAssessment.of(4, new Assessment(yes, yes, yes, yes, yes, yes,
        Set.of(ConventionGround.POLITICAL_OPINION), yes, "Illegal exit is punished.", Exclusion.NOT_EXCLUDED, null, null))));
    access.actingAs(eo, () -> decisions.draft(recognised, Decisions.DraftDecision.of(5, new DecisionDraft(DecisionDraft.Outcome.RECOGNITION,
        Set.of(), null, "Art 1A(2)", null, "ko", Set.of()))));
    access.actingAs(office.username(Role.SUPERVISOR), () -> decisions.sign(recognised, new Decisions.SignDecision(6L, RecipientType.APPLICANT, null, null, null)));
  }

  @Test
  void theChildIsGrantedDerivativeStatus() throws Exception {
    decide(child, 7, "{\"grant\":true}").andExpect(status().isOk())
        .andExpect(jsonPath("$.history[-1:].what").value(org.hamcrest.Matchers.hasItem("DerivativeGranted")));
  }

  @Test
  void aNationalOfTheHostCountryOrAnExcludedMemberIsNot() throws Exception {
    decide(husband, 7, "{\"grant\":true}").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("DERIVATIVE_INELIGIBLE"));
    decide(child, 7, "{\"grant\":true,\"exclusionFlag\":true}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("DERIVATIVE_INELIGIBLE"));
    decide(husband, 7, "{\"grant\":false}").andExpect(status().isOk());
  }

  private ResultActions decide(PersonId member, long version, String body) throws Exception {
    return mvc.perform(post("/api/cases/" + recognised + "/derivatives/" + member + "/decision").with(as(Role.SUPERVISOR))
        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "," + body.substring(1)));
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
