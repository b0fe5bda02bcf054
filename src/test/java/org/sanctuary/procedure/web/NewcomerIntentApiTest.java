package org.sanctuary.procedure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.OfficeType;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person is an applicant from the moment intent is expressed, and at an embassy's gate most are
 * unknown: reception, who may not register persons, records intent with the name as said and a
 * language; the person and the case are made together or not at all; a registrar completes the
 * identity.
 */
@SanctuaryTest
class NewcomerIntentApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  private Fixtures.Staffed mission;

  @BeforeEach
  void aMission() {
    mission = fixtures.anOfficeWithEveryRole(OfficeType.DIPLOMATIC_MISSION);
  }

  @Test
  void receptionRecordsIntentOfSomeoneNotYetRegisteredAndARegistrarCompletesTheIdentity() throws Exception {
    mvc.perform(post("/api/persons").with(as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + mission.office().id() + "\",\"sex\":\"FEMALE\",\"names\":[{\"script\":\"HANGUL\","
                + "\"value\":\"백설화\",\"primary\":true}]}"))
        .andExpect(status().isForbidden()); // reception registers nobody: the newcomer comes with the intent

    String opened = newcomer("{\"name\":\"백설화\",\"language\":\"ko\",\"sex\":\"FEMALE\"}", null)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.state").value("INTENT_EXPRESSED"))
        .andReturn().getResponse().getContentAsString();
    String person = json.readTree(opened).get("principal").asString();

    JsonNode recorded = read(person);
    assertThat(recorded.get("names").get(0).get("value").asString()).isEqualTo("백설화");
    assertThat(recorded.get("names").get(0).get("script").asString()).isEqualTo("HANGUL");
    assertThat(recorded.get("languages").get(0).asString()).isEqualTo("ko");
    assertThat(recorded.get("identityAsSaid").get("by").asString()).isEqualTo(mission.username(Role.RECEPTION));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id = ? AND action = 'PERSON_RECORDED_AS_SAID' AND actor = ?")
        .params(person, mission.username(Role.RECEPTION)).query(Long.class).single()).isEqualTo(1);
    assertThat(toComplete()).contains(person);
    assertThat(mvc.perform(get("/").with(as(Role.REGISTRAR))).andReturn().getResponse().getContentAsString())
        .contains("id=\"to-complete\"").contains("href=\"/persons?toComplete=true\"");
    assertThat(mvc.perform(get("/persons/" + person).with(as(Role.REGISTRAR))).andReturn().getResponse().getContentAsString())
        .contains("id=\"as-said\"").contains("Complete the identity");

    mvc.perform(put("/api/persons/" + person).with(as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
            .content(completed(recorded.get("version").asLong())))
        .andExpect(status().isForbidden()); // completing is the registrar's
    mvc.perform(put("/api/persons/" + person).with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content(completed(recorded.get("version").asLong())))
        .andExpect(status().isOk());
    assertThat(read(person).has("identityAsSaid") && !read(person).get("identityAsSaid").isNull()).isFalse();
    assertThat(toComplete()).doesNotContain(person);
    assertThat(mvc.perform(get("/").with(as(Role.REGISTRAR))).andReturn().getResponse().getContentAsString())
        .doesNotContain("id=\"to-complete\"");
  }

  @Test
  void aNewcomerWithoutANameOrALanguageIsRefusedFieldByFieldAndNothingIsMade() throws Exception {
    long persons = count("person");
    long cases = count("procedure_case");
    newcomer("{\"name\":\"  \",\"language\":\"korean\"}", null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'newcomer.name')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'newcomer.language')]").exists());
    mvc.perform(post("/api/cases").with(as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + mission.office().id() + "\",\"channel\":\"DIPLOMATIC_PREMISES\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'principalId')]").exists());
    String someone = fixtures.aPersonAt(mission, "한은정").toString();
    mvc.perform(post("/api/cases").with(as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + mission.office().id() + "\",\"principalId\":\"" + someone + "\",\"channel\":\"OFFICE\","
                + "\"newcomer\":{\"name\":\"한은정\",\"language\":\"ko\"}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'newcomer')]").exists());
    assertThat(count("person")).isEqualTo(persons + 1);
    assertThat(count("procedure_case")).isEqualTo(cases);
  }

  @Test
  void someoneWhoMayAlreadyBeKnownIsShownFirstAndRecordedOnlyWithAReason() throws Exception {
    fixtures.aPersonAt(mission, "이영희");
    long persons = count("person");
    newcomer("{\"name\":\"Ri Yong Hui\",\"language\":\"ko\"}", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("POSSIBLY_KNOWN"))
        .andExpect(jsonPath("$.candidates[0].person.primaryName").value("이영희"));
    assertThat(count("person")).isEqualTo(persons);

    newcomer("{\"name\":\"Ri Yong Hui\",\"language\":\"ko\"}", "She says she has never been here; born in Musan, the other is from Hyesan")
        .andExpect(status().isCreated());
    assertThat(count("person")).isEqualTo(persons + 1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM person_registered_despite WHERE reason LIKE 'She says%'").query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void receptionOpensTheCaseOfANewcomerFromThePagesAndTypedValuesStayWhenAFieldIsWrong() throws Exception {
    String form = mvc.perform(get("/cases/new").with(as(Role.RECEPTION))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(form).contains("name=\"newcomer.name\"").contains("name=\"newcomer.language\"");
    assertThat(mvc.perform(get("/cases").with(as(Role.RECEPTION))).andReturn().getResponse().getContentAsString())
        .contains("href=\"/cases/new\"");

    MockHttpServletResponse wrong = mvc.perform(post("/cases").with(as(Role.RECEPTION)).with(csrf())
            .param("officeId", mission.office().id().toString()).param("newcomer.name", "문경애")
            .param("newcomer.language", "").param("channel", "DIPLOMATIC_PREMISES"))
        .andReturn().getResponse();
    assertThat(wrong.getStatus()).isEqualTo(400);
    assertThat(wrong.getContentAsString()).contains("value=\"문경애\"").contains("id=\"newcomer-newcomer-language-error\"");

    MockHttpServletResponse done = mvc.perform(post("/cases").with(as(Role.RECEPTION)).with(csrf())
            .param("officeId", mission.office().id().toString()).param("newcomer.name", "문경애")
            .param("newcomer.language", "ko").param("newcomer.sex", "FEMALE").param("channel", "DIPLOMATIC_PREMISES"))
        .andReturn().getResponse();
    assertThat(done.getStatus()).isEqualTo(302);
    assertThat(done.getRedirectedUrl()).matches("/cases/[0-9a-f-]{36}");
    UUID caseId = UUID.fromString(done.getRedirectedUrl().substring("/cases/".length()));
    assertThat(jdbc.sql("SELECT p.as_said_by FROM case_member m JOIN person p ON p.id = m.person_id WHERE m.case_id = ?")
        .param(caseId).query(String.class).single()).isEqualTo(mission.username(Role.RECEPTION));
  }

  private ResultActions newcomer(String newcomer, String reason) throws Exception {
    return mvc.perform(post("/api/cases").with(as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"officeId\":\"" + mission.office().id() + "\",\"channel\":\"DIPLOMATIC_PREMISES\",\"newcomer\":" + newcomer
            + (reason == null ? "" : ",\"notADuplicateBecause\":\"" + reason + "\"") + "}"));
  }

  private JsonNode read(String person) throws Exception {
    return json.readTree(mvc.perform(get("/api/persons/" + person).with(as(Role.REGISTRAR))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
  }

  private String toComplete() throws Exception {
    return mvc.perform(get("/api/persons?toComplete=true&size=100").with(as(Role.REGISTRAR))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  private static String completed(long version) {
    return "{\"version\":" + version + ",\"sex\":\"FEMALE\",\"dateOfBirth\":\"1981\",\"languages\":[\"ko\"],\"nationalities\":[\"PRK\"],"
        + "\"names\":[{\"script\":\"HANGUL\",\"value\":\"백설화\",\"primary\":true},{\"script\":\"LATIN_MR\",\"value\":\"Paek Sŏrhwa\"}]}";
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(mission.username(role)));
  }
}
