package org.sanctuary.procedure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.NewUser;
import org.sanctuary.access.OfficeType;
import org.sanctuary.access.Role;
import org.sanctuary.access.UserAccounts;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An embassy receives, keeps safe and refers; it never determines. A claim recorded at a mission
 * refuses every determination step with DETERMINATION_NOT_AT_MISSION, is referred to a mandate office
 * with its history, and the person is protected by the lock before and after the referral.
 */
@SanctuaryTest
class MissionReferralApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired UserAccounts accounts;

  private Fixtures.Staffed embassy;
  private Fixtures.Staffed beijing;
  private String protectionOfficer;

  @BeforeEach
  void anEmbassyAndAProtectionOffice() {
    embassy = fixtures.anOfficeWithEveryRole(OfficeType.DIPLOMATIC_MISSION);
    beijing = fixtures.anOfficeWithEveryRole();
    // The protection officer covers both, as in the field.
    protectionOfficer = "po-" + Fixtures.randomCode().toLowerCase(java.util.Locale.ROOT);
    accounts.createUnchecked(new NewUser(protectionOfficer, "Both offices", Fixtures.PASSWORD,
        Map.of(embassy.office().id(), EnumSet.of(Role.PROTECTION_OFFICER), beijing.office().id(), EnumSet.of(Role.PROTECTION_OFFICER))));
  }

  @Test
  void aMissionRecordsIntentAndRegistersButEveryDeterminationStepIsRefusedThere() throws Exception {
    String id = intentAtTheEmbassy(fixtures.aPersonAt(embassy, "한성민"));
    step(id, "registration", embassy, Role.REGISTRAR, "{\"version\":0}").andExpect(status().isOk());
    step(id, "information", embassy, Role.REGISTRAR, "{\"version\":1,\"language\":\"ko\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("DETERMINATION_NOT_AT_MISSION"));
    mvc.perform(get("/api/cases/" + id).with(as(embassy, Role.REGISTRAR)))
        .andExpect(jsonPath("$.state").value("REGISTERED"))
        .andExpect(jsonPath("$.actionsYouMayTake").value(not(hasItem("PROVIDE_INFORMATION"))));
    mvc.perform(get("/api/cases/" + id).with(as(embassy, Role.PROTECTION_OFFICER)))
        .andExpect(jsonPath("$.actionsYouMayTake").value(hasItem("REFER")));
  }

  @Test
  void theClaimIsReferredToTheOfficeThatDecidesWithItsHistoryAndThePersonIsNeverHandedOver() throws Exception {
    PersonId man = fixtures.aPersonAt(embassy, "한성민");
    String id = intentAtTheEmbassy(man);
    step(id, "registration", embassy, Role.REGISTRAR, "{\"version\":0}").andExpect(status().isOk());
    handover(man, embassy).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PENDING_CLAIM_NON_REFOULEMENT"));

    mvc.perform(post("/api/cases/" + id + "/referral").with(user(fixtures.user(protectionOfficer))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":1,\"officeId\":\"" + embassy.office().id() + "\",\"reason\":\"Safe passage agreed.\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("officeId"));
    mvc.perform(post("/api/cases/" + id + "/referral").with(user(fixtures.user(protectionOfficer))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":1,\"officeId\":\"" + beijing.office().id() + "\",\"reason\":\"Safe passage to Beijing agreed with the host state.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.office").value(beijing.office().id().toString()))
        .andExpect(jsonPath("$.state").value("REGISTERED"));

    // Beijing holds it now, history and person included; the embassy no longer reads it.
    mvc.perform(get("/api/cases/" + id).with(as(beijing, Role.REGISTRAR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.history[*].what").value(hasItem("IntentRecorded")))
        .andExpect(jsonPath("$.history[*].what").value(hasItem("Referred")));
    mvc.perform(get("/api/cases/" + id).with(as(embassy, Role.REGISTRAR))).andExpect(status().isNotFound());
    mvc.perform(get("/api/persons/" + man).with(as(beijing, Role.REGISTRAR))).andExpect(status().isOk());
    step(id, "information", beijing, Role.REGISTRAR, "{\"version\":2,\"language\":\"ko\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("INFO_PROVIDED"));
    handover(man, beijing).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("PENDING_CLAIM_NON_REFOULEMENT"));
  }

  private String intentAtTheEmbassy(PersonId person) throws Exception {
    String body = mvc.perform(post("/api/cases").with(as(embassy, Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + embassy.office().id() + "\",\"principalId\":\"" + person + "\",\"channel\":\"DIPLOMATIC_PREMISES\"}"))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    String id = body.replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    assertThat(id).hasSize(36);
    return id;
  }

  private ResultActions handover(PersonId person, Fixtures.Staffed office) throws Exception {
    return mvc.perform(post("/api/persons/" + person + "/removal-requests").with(as(office, Role.SUPERVISOR))
        .contentType(MediaType.APPLICATION_JSON).content("{\"requester\":\"HOST_AUTHORITY\",\"kind\":\"HANDOVER\",\"riskAssessment\":\"x\"}"));
  }

  private ResultActions step(String id, String path, Fixtures.Staffed office, Role role, String body) throws Exception {
    return mvc.perform(post("/api/cases/" + id + "/" + path).with(as(office, role)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private RequestPostProcessor as(Fixtures.Staffed office, Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
