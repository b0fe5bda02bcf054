package org.sanctuary.procedure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.NameScript;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonDraft;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The case API: intent from an embassy, the first steps of the procedure, refusals that change
 * nothing, and the non-refoulement lock answering a host authority's demand for a handover.
 */
@SanctuaryTest
class CaseApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired AccessPolicy access;
  @Autowired PersonDirectory persons;

  private Fixtures.Staffed office;
  private PersonId father;

  @BeforeEach
  void aFamilyInTheEmbassy() {
    office = fixtures.anOfficeWithEveryRole();
    father = fixtures.aPersonAt(office, "한성민");
  }

  @Test
  void intentExpressedOnDiplomaticPremisesOpensACaseWithAReadableFileNumber() throws Exception {
    PersonId daughter = fixtures.aPersonAt(office, "한은별");
    mvc.perform(post("/api/cases").with(as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"officeId":"%s","principalId":"%s","dependantIds":["%s"],"channel":"DIPLOMATIC_PREMISES","on":"2002-06-13","lateReason":"Recorded at the embassy gate on paper."}
                """.formatted(office.office().id(), father, daughter)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.state").value("INTENT_EXPRESSED"))
        .andExpect(jsonPath("$.fileNumber").value(matchesPattern(office.office().code() + "-2002-\\d{5}")))
        .andExpect(jsonPath("$.dependants[0]").value(daughter.toString()))
        .andExpect(jsonPath("$.history[0].what").value("IntentRecorded"))
        .andExpect(jsonPath("$.history[0].on").value("2002-06-13"));
  }

  @Test
  void theRegistrarRegistersAndTheSecondRegistrationIsAnIllegalTransitionThatChangesNothing() throws Exception {
    String id = openCase();

    step("registration", id, 0, Role.REGISTRAR).andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("REGISTERED"))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.actionsYouMayTake").value(hasItem("PROVIDE_INFORMATION")));
    long audited = refusals(id);

    step("registration", id, 1, Role.REGISTRAR).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"))
        .andExpect(jsonPath("$.rule").exists());
    mvc.perform(get("/api/cases/" + id).with(as(Role.SUPERVISOR)))
        .andExpect(jsonPath("$.state").value("REGISTERED"))
        .andExpect(jsonPath("$.version").value(1));
    assertThat(refusals(id)).isEqualTo(audited + 1);
  }

  @Test
  void aRoleTheProcedureDoesNotEntrustWithACommandIsRefusedWith403() throws Exception {
    String id = openCase();
    step("registration", id, 0, Role.ELIGIBILITY_OFFICER)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("NOT_PERMITTED"));
  }

  @Test
  void aCommandOnAVersionSomeoneElseAlreadyMovedIsStale() throws Exception {
    String id = openCase();
    step("registration", id, 0, Role.REGISTRAR).andExpect(status().isOk());
    mvc.perform(post("/api/cases/" + id + "/information").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":0,\"language\":\"ko\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("STALE_VERSION"));
    mvc.perform(post("/api/cases/" + id + "/information").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":1,\"language\":\"ko\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("INFO_PROVIDED"));
  }

  @Test
  void anActThatHasNotHappenedYetCannotBeRecorded() throws Exception {
    String id = openCase();
    mvc.perform(post("/api/cases/" + id + "/registration").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":0,\"on\":\"" + LocalDate.now().plusDays(2) + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("on"));
  }

  @Test
  void theHostAuthorityDemandsTheHandoverOfAnApplicantAndTheLockRefusesRecordsItAndAlertsTheSupervisors() throws Exception {
    String id = openCase();

    mvc.perform(post("/api/persons/" + father + "/removal-requests").with(as(Role.PROTECTION_OFFICER))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"requester\":\"HOST_AUTHORITY\",\"kind\":\"HANDOVER\",\"riskAssessment\":\"Demand to hand over trespassers\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("PENDING_CLAIM_NON_REFOULEMENT"))
        .andExpect(jsonPath("$.requestId").exists());

    assertThat(jdbc.sql("SELECT outcome FROM removal_request WHERE person_id = ?").param(father.value()).query(String.class).list())
        .containsExactly("REFUSED");
    mvc.perform(get("/api/cases/" + id).with(as(Role.SUPERVISOR))).andExpect(jsonPath("$.state").value("INTENT_EXPRESSED"));
    String alerts = mvc.perform(get("/api/alerts").with(as(Role.SUPERVISOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].kind").value("REMOVAL_ATTEMPT_REFUSED"))
        .andReturn().getResponse().getContentAsString();
    String alert = alerts.replaceAll(".*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
    mvc.perform(post("/api/alerts/" + alert + "/acknowledgement").with(as(Role.SUPERVISOR))
            .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Told the ministry: claim pending, Art 33.\"}"))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/alerts").with(as(Role.SUPERVISOR))).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void someoneWhoseClaimWasNeverExaminedIsNotHandedOverEither() throws Exception {
    mvc.perform(post("/api/persons/" + father + "/removal-requests").with(as(Role.PROTECTION_OFFICER))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"requester\":\"COUNTRY_OF_ORIGIN_AUTHORITY\",\"kind\":\"RETURN\",\"riskAssessment\":\"none\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("PENDING_CLAIM_NON_REFOULEMENT"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("No claim")));
  }

  @Test
  void aChildAloneRaisesAnAlertToAppointAGuardian() throws Exception {
    PersonId child = access.actingAs(office.username(Role.REGISTRAR), () -> persons.register(office.office().id(),
        new PersonDraft(java.util.List.of(new PersonDraft.NameDraft(NameScript.HANGUL, "최경철", true)), Sex.MALE,
            "about 12 years old on 1 June 2002", java.util.List.of("PRK"), java.util.List.of(), java.util.List.of("ko"), "ko",
            GenderPreference.NONE, GenderPreference.NONE, Set.of(SpecificNeed.UNACCOMPANIED_CHILD))));
    mvc.perform(post("/api/cases").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"%s\",\"principalId\":\"%s\",\"channel\":\"OFFICE\"}".formatted(office.office().id(), child)))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/alerts").with(as(Role.SUPERVISOR)))
        .andExpect(jsonPath("$.items[0].kind").value("CHILD_WITHOUT_GUARDIAN"));
    mvc.perform(get("/api/cases").with(as(Role.ELIGIBILITY_OFFICER)))
        .andExpect(jsonPath("$.items[0].priority").value(true));
  }

  @Test
  void aCaseOfAnotherOfficeDoesNotExistForItsStaff() throws Exception {
    String id = openCase();
    Fixtures.Staffed other = fixtures.anOfficeWithEveryRole();
    mvc.perform(get("/api/cases/" + id).with(user(fixtures.user(other.username(Role.SUPERVISOR)))))
        .andExpect(status().isNotFound());
  }

  private String openCase() throws Exception {
    return mvc.perform(post("/api/cases").with(as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"%s\",\"principalId\":\"%s\",\"channel\":\"DIPLOMATIC_PREMISES\"}".formatted(office.office().id(), father)))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString()
        .replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
  }

  private ResultActions step(String act, String id, long version, Role role) throws Exception {
    return mvc.perform(post("/api/cases/" + id + "/" + act).with(as(role)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\":" + version + "}"));
  }

  private long refusals(String id) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id = ? AND outcome = 'REFUSED'").param(id).query(Long.class).single();
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
