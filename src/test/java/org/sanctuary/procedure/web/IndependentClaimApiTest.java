package org.sanctuary.procedure.web;

import org.sanctuary.procedure.Decisions;
import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import static org.hamcrest.Matchers.hasItem;
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
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.ConventionGround;
import org.sanctuary.procedure.decision.Exclusion;
import org.sanctuary.procedure.decision.Finding;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A wife registered as her husband's dependant lodges a claim of her own, a gender-based one: a
 * separate case linked to the family's, and the family's decision may no longer decide for her
 * (SEPARATE_DECISION_REQUIRED, APD Art 11(3)).
 */
@SanctuaryTest
class IndependentClaimApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Decisions decisions;
  @Autowired Intake intake;
  @Autowired Interviews interviews;

  private Fixtures.Staffed office;
  private PersonId husband;
  private PersonId wife;
  private CaseId family;

  @BeforeEach
  void aFamilyCase() {
    office = fixtures.anOfficeWithEveryRole();
    fixtures.officerProfile(office, office.username(Role.ELIGIBILITY_OFFICER), "FEMALE", List.of("ko"), false);
    husband = fixtures.aPersonAt(office, "김철수");
    wife = fixtures.aPersonAt(office, "최영희");
    family = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.recordIntent(Intake.RecordIntent.of(office.office().id(), husband, Set.of(wife), Channel.DIPLOMATIC_PREMISES, null)));
  }

  @Test
  void aDependantsOwnClaimIsASeparateCaseLinkedToTheFamilysWhichStaysWhereItIs() throws Exception {
    String opened = lodge(0, wife, true)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.principal").value(wife.toString()))
        .andExpect(jsonPath("$.state").value("INTENT_EXPRESSED"))
        .andExpect(jsonPath("$.linkedTo").value(family.toString()))
        .andExpect(jsonPath("$.channel").value("DIPLOMATIC_PREMISES"))
        .andReturn().getResponse().getContentAsString();
    String ownCase = opened.replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");

    mvc.perform(get("/api/cases/" + family).with(as(Role.REGISTRAR)))
        .andExpect(jsonPath("$.state").value("INTENT_EXPRESSED"))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.independentClaims[0].member").value(wife.toString()))
        .andExpect(jsonPath("$.independentClaims[0].claim").value(ownCase))
        .andExpect(jsonPath("$.independentClaims[0].sensitive").value(true))
        .andExpect(jsonPath("$.history[*].what").value(hasItem("IndependentClaimLodged")));
  }

  @Test
  void aDependantLodgesOneClaimOfTheirOwnAndOnlyADependantCan() throws Exception {
    lodge(0, wife, false).andExpect(status().isCreated());
    lodge(1, wife, false)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
    lodge(1, husband, false)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("memberId"));
    mvc.perform(get("/api/cases?state=INTENT_EXPRESSED&size=100").with(as(Role.REGISTRAR)))
        .andExpect(jsonPath("$.total").value(2));
  }

  @Test
  void theFamilysDecisionMayNotCoverADependantWithASensitiveClaimOfHerOwn() throws Exception {
    lodge(0, wife, true).andExpect(status().isCreated());
    heardAndAssessed(1);
    draft(6, "[\"" + husband + "\",\"" + wife + "\"]").andExpect(status().isOk());

    sign(7)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("SEPARATE_DECISION_REQUIRED"))
        .andExpect(jsonPath("$.missing[0]").value(wife.toString()));
    mvc.perform(get("/api/cases/" + family).with(as(Role.SUPERVISOR)))
        .andExpect(jsonPath("$.state").value("DECISION_DRAFTED"))
        .andExpect(jsonPath("$.version").value(7));

    mvc.perform(post("/api/cases/" + family + "/decision/return").with(as(Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\":7,\"reason\":\"Her claim is decided on its own.\"}")).andExpect(status().isOk());
    draft(8, "[\"" + husband + "\"]").andExpect(status().isOk());
    sign(9).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RECOGNISED"));
  }

  /** Registration to a complete positive assessment of the family's case, from the given version (+5). */
  private void heardAndAssessed(long version) {
    String eo = office.username(Role.ELIGIBILITY_OFFICER);
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.register(family, new Intake.Register(version, null, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.provideInformation(family, new Intake.ProvideInformation(version + 1, "ko", null, null)));
    UUID interview = access.actingAs(office.username(Role.RECEPTION),
        () -> interviews.schedule(family, new Interviews.ScheduleInterview(version + 2, eo, null, null, null, null, null, null, null)));
    access.actingAs(eo, () -> interviews.record(family, interview, new Interviews.RecordInterview(version + 3, true, null, null, null)));
    Assessment.Element yes = new Assessment.Element(Finding.POSITIVE, "Established.");
    access.actingAs(eo, () -> decisions.writeAssessment(family, Decisions.WriteAssessment.of(version + 4, new Assessment(yes, yes, yes, yes, yes, yes,
        Set.of(ConventionGround.POLITICAL_OPINION), yes, "Illegal exit is punished.", Exclusion.NOT_EXCLUDED, null, null))));
  }

  private ResultActions lodge(long version, PersonId member, boolean sensitive) throws Exception {
    return mvc.perform(post("/api/cases/" + family + "/independent-claims").with(as(Role.RECEPTION))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\":" + version + ",\"memberId\":\"" + member + "\",\"sensitive\":" + sensitive + "}"));
  }

  private ResultActions draft(long version, String covers) throws Exception {
    return mvc.perform(post("/api/cases/" + family + "/decision").with(as(Role.ELIGIBILITY_OFFICER))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\":" + version + ",\"outcome\":\"RECOGNITION\",\"legalBasis\":\"Art 1A(2)\","
            + "\"notificationLanguage\":\"ko\",\"covers\":" + covers + "}"));
  }

  private ResultActions sign(long version) throws Exception {
    return mvc.perform(post("/api/cases/" + family + "/decision/sign").with(as(Role.SUPERVISOR))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\":" + version + ",\"recipient\":\"APPLICANT\"}"));
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
