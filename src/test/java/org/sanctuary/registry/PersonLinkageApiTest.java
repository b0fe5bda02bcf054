package org.sanctuary.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.registry.PersonDraft.NameDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Linkage proposes, a person decides, a link can be withdrawn; no record is ever merged or deleted. */
@SanctuaryTest
class PersonLinkageApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired PersonDirectory directory;
  @Autowired AccessPolicy access;

  private Fixtures.Staffed office;
  private PersonId younghee;
  private PersonId onTheChurchList;

  @BeforeEach
  void aWomanOnTwoLists() {
    office = fixtures.anOfficeWithEveryRole();
    younghee = access.actingAs(office.username(Role.REGISTRAR), () -> directory.register(office.office().id(),
        new PersonDraft(List.of(new NameDraft(NameScript.HANGUL, "이영희", true)), Sex.FEMALE, "1975-03-02", List.of("PRK"),
            List.of(), List.of("ko"), "ko", GenderPreference.NONE, GenderPreference.NONE, java.util.Set.of())));
    // The church list gives her name as the North writes it, and the same birthday.
    onTheChurchList = access.actingAs(office.username(Role.MONITOR), () -> directory.register(office.office().id(),
        new PersonDraft(List.of(new NameDraft(NameScript.LATIN_MR, "Ri Yong Hui", true)), Sex.FEMALE, "1975-03-02", List.of("PRK"),
            List.of(), List.of("ko"), "ko", GenderPreference.NONE, GenderPreference.NONE, java.util.Set.of()),
        "On the church list; linkage decides."));
    fixtures.aPersonAt(office, "박철수");
    for (int i = 0; i < 40; i++) {
      fixtures.aDistinctPersonAt(office);
    }
  }

  @Test
  void aRunProposesTheWomanOnTwoListsAndAConfirmedLinkThenItsWithdrawalAreAudited() throws Exception {
    long persons = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
    JsonNode run = linked();
    assertThat(run.get("records").asInt()).isEqualTo(43);
    assertThat(run.get("proposed").asInt() + run.get("toReview").asInt()).isGreaterThanOrEqualTo(1);

    JsonNode pair = pairOf(younghee, onTheChurchList);
    assertThat(pair).as("the pair of 이영희 and Ri Yong Hui").isNotNull();
    assertThat(pair.at("/contributions/names").asDouble()).isPositive();

    send(post("/api/link-candidates/" + pair.get("id").asString() + "/decision"), Role.MONITOR, "{\"decision\":\"SAME\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
    JsonNode link = read(send(post("/api/link-candidates/" + pair.get("id").asString() + "/decision"), Role.MONITOR,
        "{\"decision\":\"SAME\",\"reason\":\"Same village, same year, her sister named both.\"}").andExpect(status().isCreated()));
    assertThat(link.get("assertedBy").asString()).isEqualTo(office.username(Role.MONITOR));

    JsonNode cluster = read(send(get("/api/persons/" + younghee + "/cluster"), Role.REGISTRAR, null).andExpect(status().isOk()));
    assertThat(cluster.get("records")).hasSize(2);

    send(post("/api/person-links/" + link.get("id").asString() + "/withdrawal"), Role.MONITOR,
        "{\"reason\":\"The sister named two different women.\"}").andExpect(status().isNoContent());
    assertThat(read(send(get("/api/persons/" + younghee + "/cluster"), Role.REGISTRAR, null)).get("records")).hasSize(1);
    assertThat(jdbc.sql("SELECT withdrawal_reason FROM person_link WHERE id = ?")
        .param(java.util.UUID.fromString(link.get("id").asString())).query(String.class).single()).startsWith("The sister");

    assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(persons);
    assertThat(audited("LINKAGE_RUN")).isEqualTo(1);
    assertThat(audited("LINK_CONFIRMED")).isEqualTo(1);
    assertThat(audited("LINK_WITHDRAWN")).isEqualTo(1);
  }

  @Test
  void anotherOfficeNeitherSeesNorDecidesThePairs() throws Exception {
    linked();
    String candidate = pairOf(younghee, onTheChurchList).get("id").asString();
    Fixtures.Staffed other = fixtures.anOfficeWithEveryRole();
    mvc.perform(get("/api/offices/" + office.office().id() + "/link-candidates")
            .with(user(fixtures.user(other.username(Role.MONITOR)))))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/link-candidates/" + candidate + "/decision").with(csrf())
            .with(user(fixtures.user(other.username(Role.MONITOR)))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"decision\":\"SAME\",\"reason\":\"Looks alike.\"}"))
        .andExpect(status().isNotFound());
    assertThat(jdbc.sql("SELECT status FROM link_candidate WHERE id = ?").param(java.util.UUID.fromString(candidate))
        .query(String.class).single()).isIn("PROPOSED", "TO_REVIEW");
  }

  @Test
  void aRunIsRefusedWhileAnotherOfTheOfficeIsWorkingButNotBehindOneWhoseNodeStopped() throws Exception {
    java.util.UUID working = java.util.UUID.randomUUID();
    java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
    jdbc.sql("INSERT INTO linkage_run (id, office_id, status, stage, started_by, started_at, heartbeat_at, records, candidate_pairs,"
            + " proposed, to_review, skipped_blocks, match_share, parameters) VALUES (?, ?, 'RUNNING', 'COMPARING', 'other', ?, ?,"
            + " 0, 0, 0, 0, 0, 0, 'p')")
        .params(working, office.office().id().value(), now, now).update();
    send(post("/api/offices/" + office.office().id() + "/linkage-runs"), Role.MONITOR, null)
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("LINKAGE_RUNNING"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM linkage_run WHERE office_id = ?").param(office.office().id().value())
        .query(Long.class).single()).isEqualTo(1);

    // Its node has not reported for longer than a run may stay silent: it no longer holds the office.
    jdbc.sql("UPDATE linkage_run SET heartbeat_at = ? WHERE id = ?")
        .params(now.minus(PersonLinkage.ABANDONED).minusMinutes(1), working).update();
    assertThat(linked().get("status").asString()).isEqualTo("FINISHED");
    assertThat(jdbc.sql("SELECT status FROM linkage_run WHERE id = ?").param(working).query(String.class).single())
        .isEqualTo("INTERRUPTED");
  }

  /** Starts a run, follows its progress until it ends, and returns it as last read. */
  private JsonNode linked() throws Exception {
    ResultActions started = send(post("/api/offices/" + office.office().id() + "/linkage-runs"), Role.MONITOR, null)
        .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("RUNNING"));
    String location = started.andReturn().getResponse().getHeader("Location");
    JsonNode run = read(started);
    for (int i = 0; i < 600 && run.get("status").asString().equals("RUNNING"); i++) {
      Thread.sleep(50);
      run = read(send(get(location), Role.REGISTRAR, null).andExpect(status().isOk()));
    }
    assertThat(run.get("status").asString()).isEqualTo("FINISHED");
    return run;
  }

  private JsonNode pairOf(PersonId a, PersonId b) throws Exception {
    for (String status : List.of("PROPOSED", "TO_REVIEW")) {
      JsonNode page = read(send(get("/api/offices/" + office.office().id() + "/link-candidates").param("status", status),
          Role.MONITOR, null).andExpect(status().isOk()));
      for (JsonNode pair : page.get("items")) {
        List<String> ids = List.of(pair.at("/first/id").asString(), pair.at("/second/id").asString());
        if (ids.contains(a.toString()) && ids.contains(b.toString())) {
          return pair;
        }
      }
    }
    return null;
  }

  private long audited(String action) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND office_id = ?")
        .params(action, office.office().id().value()).query(Long.class).single();
  }

  private ResultActions send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Role role, String body) throws Exception {
    request.with(csrf()).with(user(fixtures.user(office.username(role))));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  private JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }
}
