package org.sanctuary.vault;

import org.sanctuary.procedure.Intake;
import org.sanctuary.procedure.Interviews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What a copy of the database shows of the most sensitive text: nothing. A source's identity, a
 * testimony, an assessment and the reasons of a rejection are planted through the API; the raw rows
 * (on H2 or PostgreSQL, whichever this run uses) hold none of them; they read back to those who may
 * read them; after the office's key is rotated and everything re-sealed, the rows changed and still
 * read back.
 */
@SanctuaryTest
class FieldEncryptionTest {

  private static final String POSITIVE = "{\"finding\":\"POSITIVE\",\"reasons\":\"Consistent.\"}";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired Casework casework;
  @Autowired Intake intake;
  @Autowired Interviews interviews;
  @Autowired JdbcClient jdbc;
  @Autowired Reencryption reencryption;
  @Autowired Vault vault;
  @Autowired org.sanctuary.monitoring.concern.PersonsOfConcern concern;

  private Fixtures.Staffed office;
  private final String token = UUID.randomUUID().toString().substring(0, 8);
  private final String identity = "PLANTED-IDENTITY-" + token + " teacher at the Tumen school";
  private final String testimony = "PLANTED-TESTIMONY-" + token + " 트럭 세 대가 다리를 건넜다";
  private final String assessment = "PLANTED-ASSESSMENT-" + token + " contradictions on the route";
  private final String explanation = "PLANTED-REASONS-" + token + " your account of the crossing changed";

  @BeforeEach
  void anOffice() {
    office = fixtures.anOfficeWithEveryRole();
    fixtures.officerProfile(office, office.username(Role.ELIGIBILITY_OFFICER), "FEMALE", List.of("ko"), false);
  }

  @Test
  void theRawRowsHoldNoneOfItAndItReadsBackBeforeAndAfterAKeyRotation() throws Exception {
    String report = plantedReport();
    CaseId caseId = plantedCase();

    List<String> before = rawRows(report, caseId);
    assertThat(String.join("\n", before)).doesNotContain(token).doesNotContain("트럭").doesNotContain("teacher");
    readsBack(report, caseId);

    mvc.perform(post("/api/offices/" + office.office().id() + "/key-rotation").with(as(Role.ADMIN)))
        .andExpect(status().isAccepted());
    reencryption.run(); // after the one the rotation started in the background, if that one is still going

    List<String> after = rawRows(report, caseId);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i)).as("row value " + i + " re-sealed under the new key").isNotEqualTo(before.get(i));
    }
    assertThat(String.join("\n", after)).doesNotContain(token).doesNotContain("트럭");
    readsBack(report, caseId);
  }

  @Test
  void whoSaidWhereAPersonIsIsSealedAndReadsBackToThoseWhoReadThePerson() throws Exception {
    PersonId person = fixtures.aPersonAt(office, "김영철");
    String note = "PLANTED-WHEREABOUTS-SOURCE-" + token + " his cousin, the driver at Hoeryong";
    mvc.perform(post("/api/persons/" + person + "/whereabouts").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"status\":\"DETAINED\",\"on\":\"June 2002\",\"sourceNote\":\"" + note + "\"}"))
        .andExpect(status().is2xxSuccessful());
    String raw = jdbc.sql("SELECT source_note FROM whereabouts_entry WHERE person_id = ?").param(person.value())
        .query(String.class).single();
    assertThat(raw).doesNotContain(token).doesNotContain("cousin");
    mvc.perform(get("/api/persons/" + person).with(as(Role.REGISTRAR)))
        .andExpect(jsonPath("$.whereabouts[0].sourceNote").value(note));

    String risk = "PLANTED-RISK-" + token + " his brother was executed after return";
    mvc.perform(post("/api/persons/" + person + "/removal-requests").with(as(Role.PROTECTION_OFFICER))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"requester\":\"HOST_AUTHORITY\",\"kind\":\"RETURN\",\"riskAssessment\":\"" + risk + "\"}"));
    assertThat(jdbc.sql("SELECT risk_assessment FROM removal_request WHERE person_id = ?").param(person.value())
        .query(String.class).single()).doesNotContain(token).doesNotContain("executed");
  }

  @Test
  void anInterventionsTextMarkedSensitiveAndHowAFateIsKnownAreSealed() throws Exception {
    String asked = "PLANTED-ASKED-" + token + " release the six held at the Tumen station";
    String intervention = mvc.perform(post("/api/monitoring/interventions").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + office.office().id() + "\",\"addresseeId\":\"" + fixtures.anAddressee(office, org.sanctuary.procedure.disclosure.RecipientType.HOST_AUTHORITY) + "\",\"sentOn\":\"2002-06-10\","
                + "\"asked\":\"" + asked + "\",\"nextFollowUp\":\"2002-07-10\"}"))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    mvc.perform(post("/api/monitoring/interventions/" + intervention + "/sensitivity").with(as(Role.SUPERVISOR))
            .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.textSensitive").value(true))
        .andExpect(jsonPath("$.asked").value(asked));
    String note = "PLANTED-RESPONSE-" + token + " the ministry clerk said they are alive";
    mvc.perform(post("/api/monitoring/interventions/" + intervention + "/follow-ups").with(as(Role.MONITOR))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":1,\"response\":\"TOKEN\",\"note\":\"" + note + "\",\"status\":\"OPEN\",\"nextFollowUp\":\"" + java.time.LocalDate.now().plusDays(30) + "\"}"))
        .andExpect(status().isOk());
    String raw = jdbc.sql("SELECT asked || ' ' || response_note FROM intervention WHERE id = ?").param(UUID.fromString(intervention))
        .query(String.class).single();
    assertThat(raw).doesNotContain(token).doesNotContain("Tumen");
    mvc.perform(get("/api/monitoring/interventions/" + intervention).with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.asked").value(asked))
        .andExpect(jsonPath("$.responseNote").value(note));

    PersonId person = fixtures.aPersonAt(office, "이철호");
    String fate = "PLANTED-FATE-" + token + " his sister saw him in Onsong";
    access.actingAs(office.username(Role.MONITOR), () -> {
      concern.follow(person, office.office().id());
      concern.recordFate(person, org.sanctuary.monitoring.concern.PersonOfConcern.Fate.ALIVE, fate);
      return null;
    });
    assertThat(jdbc.sql("SELECT fate_note FROM person_of_concern WHERE person_id = ?").param(person.value()).query(String.class).single())
        .doesNotContain(token);
    mvc.perform(get("/api/monitoring/persons-of-concern?size=100").with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.items[0].fateNote").value(fate));
  }

  @Test
  void aDescriptionAReviewerMarksSensitiveIsSealedFromThenOnAndStillReads() throws Exception {
    String description = "PLANTED-DESCRIPTION-" + token + " the pastor's house behind the market";
    String event = mvc.perform(post("/api/monitoring/events").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + office.office().id() + "\",\"title\":\"Helpers taken\",\"date\":\"May 2002\","
                + "\"description\":\"" + description + "\"}"))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    assertThat(rawDescription(event)).contains(token);

    mvc.perform(post("/api/monitoring/events/" + event + "/sensitivity").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\":0}")).andExpect(status().isForbidden());
    mvc.perform(post("/api/monitoring/events/" + event + "/sensitivity").with(as(Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.descriptionSensitive").value(true))
        .andExpect(jsonPath("$.description").value(description));

    assertThat(rawDescription(event)).doesNotContain(token).doesNotContain("pastor");
    mvc.perform(get("/api/monitoring/events/" + event).with(as(Role.MONITOR))).andExpect(jsonPath("$.description").value(description));
    mvc.perform(post("/api/offices/" + office.office().id() + "/key-rotation").with(as(Role.ADMIN))).andExpect(status().isAccepted());
    reencryption.run();
    assertThat(rawDescription(event)).doesNotContain(token);
    mvc.perform(get("/api/monitoring/events/" + event).with(as(Role.MONITOR))).andExpect(jsonPath("$.description").value(description));
  }

  private String rawDescription(String event) {
    return jdbc.sql("SELECT description FROM monitoring_event WHERE id = ?").param(UUID.fromString(event)).query(String.class).single();
  }

  @Test
  void aSealedValueOpensOnlyWhereItWasSealed() throws Exception {
    String report = plantedReport();
    String sealed = jdbc.sql("SELECT content FROM source_report WHERE id = ?").param(UUID.fromString(report)).query(String.class).single();
    assertThat(vault.open(office.office().id(), "source_report.content:" + report, sealed)).isEqualTo(testimony);
    assertThatThrownBy(() -> vault.open(office.office().id(), "source_report.content:" + UUID.randomUUID(), sealed))
        .hasMessageContaining("does not open");
    Fixtures.Staffed other = fixtures.anOfficeWithEveryRole();
    assertThatThrownBy(() -> vault.open(other.office().id(), "source_report.content:" + report, sealed))
        .hasMessageContaining("does not open");
  }

  private void readsBack(String report, CaseId caseId) throws Exception {
    mvc.perform(get("/api/monitoring/reports/" + report).with(as(Role.MONITOR)))
        .andExpect(jsonPath("$.content").value(testimony))
        .andExpect(jsonPath("$.sourceIdentity").value(identity));
    mvc.perform(get("/api/cases/" + caseId).with(as(Role.ELIGIBILITY_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.assessment.materialFacts.reasons").value(assessment))
        .andExpect(jsonPath("$.decision.individualExplanation").value(explanation));
  }

  private List<String> rawRows(String report, CaseId caseId) {
    UUID reportId = UUID.fromString(report);
    return List.of(
        jdbc.sql("SELECT content FROM source_report WHERE id = ?").param(reportId).query(String.class).single(),
        jdbc.sql("SELECT source_identity FROM source_report WHERE id = ?").param(reportId).query(String.class).single(),
        jdbc.sql("SELECT snapshot FROM procedure_case WHERE id = ?").param(caseId.value()).query(String.class).single(),
        jdbc.sql("SELECT explanation FROM case_decision WHERE case_id = ?").param(caseId.value()).query(String.class).single());
  }

  private String plantedReport() throws Exception {
    return mvc.perform(post("/api/monitoring/reports").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + office.office().id() + "\",\"sourceType\":\"WITNESS\",\"receivedOn\":\"2002-06-02\","
                + "\"language\":\"ko\",\"content\":\"" + testimony + "\",\"sourceIdentity\":\"" + identity + "\"}"))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString().replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
  }

  /** A case heard, assessed with the planted reasons, and rejected with the planted explanation. */
  private CaseId plantedCase() throws Exception {
    PersonId applicant = fixtures.aPersonAt(office, "박순희");
    String interviewer = office.username(Role.ELIGIBILITY_OFFICER);
    CaseId id = access.actingAs(office.username(Role.RECEPTION),
        () -> intake.asOf(LocalDate.of(2002, 5, 2)).recordIntent(Intake.RecordIntent.of(office.office().id(), applicant, Set.of(), Channel.OFFICE, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(LocalDate.of(2002, 5, 3)).register(id, new Intake.Register(0L, null, null)));
    access.actingAs(office.username(Role.REGISTRAR), () -> intake.asOf(LocalDate.of(2002, 5, 3)).provideInformation(id, new Intake.ProvideInformation(1L, "ko", null, null)));
    UUID interview = access.actingAs(office.username(Role.RECEPTION),
        () -> interviews.asOf(LocalDate.of(2002, 5, 10)).schedule(id, new Interviews.ScheduleInterview(2L, interviewer, null, null, null, null, null, null, null)));
    access.actingAs(interviewer, () -> interviews.asOf(LocalDate.of(2002, 6, 1)).record(id, interview, new Interviews.RecordInterview(3L, true, null, null, null)));
    mvc.perform(put("/api/cases/" + id + "/assessment").with(as(Role.ELIGIBILITY_OFFICER)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":4,\"identityAndNationality\":" + POSITIVE + ",\"materialFacts\":{\"finding\":\"NEGATIVE\","
                + "\"reasons\":\"" + assessment + "\"},\"wellFoundedFear\":" + POSITIVE + ",\"persecution\":" + POSITIVE
                + ",\"noStateProtection\":" + POSITIVE + ",\"nexus\":" + POSITIVE + ",\"grounds\":[],\"noInternalFlightAlternative\":"
                + POSITIVE + ",\"surPlaceAndIllegalExit\":\"Illegal exit considered against COI.\",\"exclusion\":\"NOT_EXCLUDED\","
                + "\"exclusionReasons\":\"None.\"}"))
        .andExpect(status().isOk());
    mvc.perform(post("/api/cases/" + id + "/decision").with(as(Role.ELIGIBILITY_OFFICER)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":5,\"outcome\":\"REJECTION\",\"reasonCategories\":[\"CREDIBILITY\"],\"individualExplanation\":\""
                + explanation + "\",\"legalBasis\":\"Art 1A(2)\",\"appealInstructions\":\"Appeal in writing within 30 days.\","
                + "\"notificationLanguage\":\"ko\"}"))
        .andExpect(status().isOk());
    mvc.perform(post("/api/cases/" + id + "/decision/sign").with(as(Role.SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":6,\"recipient\":\"APPLICANT\"}"))
        .andExpect(jsonPath("$.state").value("REJECTED_NOTIFIED"));
    return id;
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
