package org.sanctuary.monitoring;

import org.sanctuary.monitoring.estimates.ListOverlaps;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.events.MonitoringEvent;
import org.sanctuary.monitoring.reports.SourceReport;
import org.sanctuary.monitoring.reports.SourceReports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.estimation.Chapman;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three lists of people returned (a witness's, a church's, the press's), linked into people: their
 * overlaps and every estimate of those none recorded, counted over people and not over records, for
 * the team's analyst only.
 */
@SanctuaryTest
class ListOverlapsApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired SourceReports reports;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired Events events;
  @Autowired ListOverlaps overlaps;

  private Fixtures.Staffed team;
  private UUID witness;
  private UUID church;
  private UUID press;

  @BeforeEach
  void threeListsOfNineteenPeople() {
    team = fixtures.anOfficeWithEveryRole();
    witness = aList("The witness's list of those taken from Longjing.");
    church = aList("The church's list of members returned.");
    press = aList("Names printed by the press.");
    // People on exactly: A 5, B 4, C 3, AB 3, AC 2, BC 1, ABC 1 (A witness, B church, C press).
    on(5, witness);
    on(4, church);
    List<PersonId> onlyPress = on(3, press);
    on(2, witness, church);
    on(2, witness, press);
    on(1, church, press);
    on(1, witness, church, press);
    // The third witness-and-church person is two records, one on each list, confirmed the same.
    PersonId onWitness = on(1, witness).get(0);
    PersonId onChurch = on(1, church).get(0);
    jdbc.sql("INSERT INTO person_link (id, office_id, first_person, second_person, same_person, score, reason, asserted_by, asserted_at)"
            + " VALUES (?, ?, ?, ?, TRUE, 0.97, 'Same village and birthday.', 'monitor', ?)")
        .params(UUID.randomUUID(), team.office().id().value(), onWitness.value(), onChurch.value(), OffsetDateTime.now()).update();
    // A pair linkage proposed that no one has decided yet.
    UUID run = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.now();
    jdbc.sql("INSERT INTO linkage_run (id, office_id, status, stage, started_by, started_at, heartbeat_at, finished_at, records,"
            + " candidate_pairs, proposed, to_review, skipped_blocks, match_share, parameters) VALUES (?, ?, 'FINISHED', 'DONE',"
            + " 'monitor', ?, ?, ?, 20, 1, 0, 1, 0, 0.05, 'p')")
        .params(run, team.office().id().value(), now, now, now).update();
    jdbc.sql("INSERT INTO link_candidate (id, run_id, office_id, first_person, second_person, probability, contributions, status)"
            + " VALUES (?, ?, ?, ?, ?, 0.6, 'names', 'TO_REVIEW')")
        .params(UUID.randomUUID(), run, team.office().id().value(), onlyPress.get(0).value(), onWitness.value()).update();
  }

  @Test
  void theOverlapsCountPeopleOverConfirmedLinksAndEveryMethodGivesItsEstimateWithItsInterval() throws Exception {
    JsonNode estimates = read(estimate(Role.ANALYST, witness, church, press).andExpect(status().isOk()));
    assertThat(estimates.get("records").asLong()).isEqualTo(20);
    assertThat(estimates.get("people").asLong()).isEqualTo(19);
    assertThat(estimates.get("undecidedPairs").asLong()).isEqualTo(1);
    assertThat(estimates.at("/lists/0/named").asLong()).isEqualTo(11);
    assertThat(estimates.at("/lists/1/reference").asString()).isNotBlank();
    List<String> cells = new ArrayList<>();
    estimates.get("cells").forEach(cell -> cells.add(String.join("", toList(cell.get("lists"))) + "=" + cell.get("people").asLong()));
    assertThat(cells).containsExactly("A=5", "B=4", "AB=3", "C=3", "AC=2", "BC=1", "ABC=1");

    // Witness 5 + 3 + 2 + 1 = 11, church 4 + 3 + 1 + 1 = 9, on both 3 + 1 = 4: (12 · 10) / 5 − 1 = 23.
    JsonNode pair = estimates.at("/pairs/0");
    assertThat(toList(pair.get("lists"))).containsExactly("A", "B");
    assertThat(pair.get("estimate").asDouble()).isEqualTo(Chapman.of(11, 9, 4).estimate()).isEqualTo(23.0);
    assertThat(estimates.at("/chao/biasCorrected").asDouble()).isEqualTo(19 + 12.0 * 11 / (2 * 7));
    assertThat(estimates.get("models")).isNotEmpty();
    for (JsonNode model : estimates.get("models")) {
      assertThat(model.get("lower").asDouble()).isGreaterThanOrEqualTo(19);
      assertThat(model.get("upper").asDouble()).isGreaterThanOrEqualTo(model.get("estimate").asDouble());
    }
    assertThat(estimates.at("/latentClasses/median").asDouble()).isGreaterThanOrEqualTo(19);
    assertThat(estimates.at("/assumptions/models").asString()).contains("interaction of all lists");
    // The undecided pair (probability 0.6) counted as one person at 0.5, not at 0.9.
    assertThat(estimates.get("thresholds")).hasSize(2);
    assertThat(estimates.at("/thresholds/0/people").asLong()).isEqualTo(19);
    assertThat(estimates.at("/thresholds/0/best/estimate").asDouble()).isEqualTo(estimates.at("/models/0/estimate").asDouble());
    assertThat(estimates.at("/thresholds/1/threshold").asDouble()).isEqualTo(0.5);
    assertThat(estimates.at("/thresholds/1/people").asLong()).isEqualTo(18);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'MONITORING_ESTIMATE_READ' AND actor = ?")
        .param(team.username(Role.ANALYST)).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void anotherTeamsAnalystFindsNoneOfTheListsAndOneListIsNotAnEstimate() throws Exception {
    Fixtures.Staffed other = fixtures.anOfficeWithEveryRole();
    mvc.perform(get("/api/monitoring/estimates").param("list", witness.toString()).param("list", church.toString())
            .with(user(fixtures.user(other.username(Role.ANALYST)))))
        .andExpect(status().isNotFound());
    estimate(Role.ANALYST, witness).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("list"));
    estimate(Role.ANALYST, witness, witness).andExpect(status().isBadRequest());
    estimate(Role.REGISTRAR, witness, church).andExpect(status().isForbidden());
  }

  @Test
  void theEstimatePageShowsTheOverlapsAndEveryMethodInTheReadersLanguageAndNamesAMissingChoiceBesideTheLists() throws Exception {
    String page = mvc.perform(get("/monitoring/estimates").param("list", witness.toString()).param("list", church.toString())
            .param("list", press.toString()).param("lang", "ko").with(user(fixtures.user(team.username(Role.ANALYST)))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("<dd id=\"est-people\">19</dd>").contains("<dd id=\"est-records\">20</dd>");
    assertThat(section(page, "est-cells").split("<tr>")).hasSize(1 + 1 + 7);
    assertThat(section(page, "est-methods")).contains("잠재 계층").contains("로그선형 모형 A + B + C").contains("두 명단 A, B (Chapman)")
        .contains("하한 (Chao)").contains("모든 명단의 공동 상호작용은 0입니다").doesNotContain("??");
    assertThat(page).contains("연계가 제안한 쌍 1개가 아직 결정되지 않았습니다");
    // The act types of the filter in the reader's language, not the vocabulary's English.
    assertThat(section(page, "list-filter")).contains(">강제송환</option>").doesNotContain("Forced return");
    assertThat(checked(page)).isEqualTo(3);

    String refused = mvc.perform(get("/monitoring/estimates").param("list", witness.toString())
            .with(user(fixtures.user(team.username(Role.ANALYST)))))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(section(refused, "estimate")).contains("<span class=\"field-error\">choose 2 to 6 different lists</span>");
    assertThat(checked(refused)).isEqualTo(1);
  }

  /** The element with the id, up to the end of the page. */
  private static String section(String page, String id) {
    int at = page.indexOf("id=\"" + id + "\"");
    assertThat(at).as(id).isPositive();
    return page.substring(at, page.indexOf("</" + (id.equals("estimate") || id.equals("save-estimate") || id.equals("list-filter") ? "form" : "table") + ">", at));
  }

  private static long checked(String page) {
    return java.util.regex.Pattern.compile("<input type=\"checkbox\" name=\"list\" value=\"[^\"]+\" checked").matcher(page)
        .results().count();
  }

  @Test
  void aSavedEstimateKeepsItsAnswerAndIsComparedWithTheSameListsNowAndStaysWithItsTeam() throws Exception {
    String body = "{\"title\":\"Returns from Longjing, spring 2002\",\"lists\":[\"" + witness + "\",\"" + church + "\",\"" + press + "\"]}";
    JsonNode saved = read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/monitoring/saved-estimates")
            .with(user(fixtures.user(team.username(Role.ANALYST))))
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated()));
    String id = saved.at("/summary/id").asString();
    assertThat(saved.at("/then/people").asLong()).isEqualTo(19);
    assertThat(saved.at("/now/people").asLong()).isEqualTo(19);

    // The undecided pair is confirmed after saving: the same lists are now 18 people; the saved answer keeps 19.
    jdbc.sql("UPDATE link_candidate SET status = 'CONFIRMED' WHERE office_id = ?").param(team.office().id().value()).update();
    jdbc.sql("INSERT INTO person_link (id, office_id, first_person, second_person, same_person, score, reason, asserted_by, asserted_at)"
            + " SELECT ?, office_id, first_person, second_person, TRUE, probability, 'Reviewed.', 'monitor', ? FROM link_candidate"
            + " WHERE office_id = ?")
        .params(UUID.randomUUID(), OffsetDateTime.now(), team.office().id().value()).update();
    JsonNode again = read(mvc.perform(get("/api/monitoring/saved-estimates/" + id).with(user(fixtures.user(team.username(Role.MONITOR)))))
        .andExpect(status().isOk()));
    assertThat(again.at("/then/people").asLong()).isEqualTo(19);
    assertThat(again.at("/now/people").asLong()).isEqualTo(18);
    assertThat(again.at("/now/undecidedPairs").asLong()).isZero();

    String csv = mvc.perform(get("/monitoring/saved-estimates/" + id + "/download").param("format", "csv")
            .with(user(fixtures.user(team.username(Role.ANALYST)))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(csv).contains("then,people,,19").contains("now,people,,18").contains("then,log_linear,A + B + C,")
        .contains("then,latent_classes,").contains("then,assumption,models,");

    Fixtures.Staffed other = fixtures.anOfficeWithEveryRole();
    mvc.perform(get("/api/monitoring/saved-estimates/" + id).with(user(fixtures.user(other.username(Role.ANALYST)))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/monitoring/saved-estimates/" + id + "/download").with(user(fixtures.user(other.username(Role.ANALYST)))))
        .andExpect(status().isNotFound());
    assertThat(read(mvc.perform(get("/api/monitoring/saved-estimates").with(user(fixtures.user(other.username(Role.ANALYST))))))
        .get("total").asLong()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action IN ('LIST_ESTIMATE_SAVED', 'LIST_ESTIMATE_READ')"
            + " AND subject_id = ?").param(id).query(Long.class).single()).isEqualTo(3 + 1);
  }

  @Test
  void anEstimateWithoutATitleIsNotSavedAndThePageKeepsTheListsAndNamesTheTitle() throws Exception {
    String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/monitoring/saved-estimates")
            .with(user(fixtures.user(team.username(Role.ANALYST))))
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .param("list", witness.toString()).param("list", church.toString()).param("title", " "))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(section(page, "save-estimate")).contains("give the analysis a title, up to 200 characters");
    assertThat(checked(page)).isEqualTo(2);
    assertThat(page).contains("id=\"est-cells\"");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM list_estimate WHERE office_id = ?").param(team.office().id().value())
        .query(Long.class).single()).isZero();

    String saved = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/monitoring/saved-estimates")
            .with(user(fixtures.user(team.username(Role.ANALYST))))
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .param("list", witness.toString()).param("list", church.toString()).param("title", "Witness and church"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    String shown = mvc.perform(get(saved).param("lang", "zh").with(user(fixtures.user(team.username(Role.ANALYST)))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(shown).contains("Witness and church").contains("保存时").contains("id=\"est-compare\"").doesNotContain("??");
  }

  @Test
  void theListsOfferedAreThoseWhoseReportsInformAnEventOfTheActPeriodAndPlaceChosen() throws Exception {
    access.actingAs(team.username(Role.MONITOR), () -> {
      UUID returns = events.record(new Events.EventDraft(team.office().id(), "Returns at Tumen", "May 2002", null, null, null));
      events.addAct(returns, new Events.ActDraft("FORCED_RETURN", null, "Returnees", null, null, null, null, null, List.of()));
      for (UUID list : List.of(witness, church)) {
        events.addInformation(returns, new Events.InformationDraft(list, null, MonitoringEvent.Connection.WITNESS, "C", 3, List.of()));
      }
      return null;
    });
    assertThat(lists(Map.of())).hasSize(3);
    assertThat(lists(Map.of("actType", "FORCED_RETURN", "from", "2002-04-01", "to", "2002-05-31")))
        .containsExactlyInAnyOrder(witness.toString(), church.toString());
    assertThat(lists(Map.of("actType", "DETENTION"))).isEmpty();
    assertThat(lists(Map.of("from", "2003-01-01", "to", "2003-12-31"))).isEmpty();
    mvc.perform(get("/api/monitoring/lists").param("from", "2002-04-01").with(user(fixtures.user(team.username(Role.ANALYST)))))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));

    // Saved with what the lists were chosen for, and shown with it.
    UUID saved = access.actingAs(team.username(Role.ANALYST), () -> overlaps.save("Tumen, May", List.of(witness, church),
        new ListOverlaps.ListFilter("FORCED_RETURN", LocalDate.of(2002, 5, 1), LocalDate.of(2002, 5, 31), null)));
    String page = mvc.perform(get("/monitoring/saved-estimates/" + saved).with(user(fixtures.user(team.username(Role.ANALYST)))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page.substring(page.indexOf("id=\"est-chosen-for\""))).contains("2002-05-01 – 2002-05-31").contains("Forced return");
  }

  private List<String> lists(Map<String, String> filter) throws Exception {
    var request = get("/api/monitoring/lists").with(user(fixtures.user(team.username(Role.ANALYST))));
    filter.forEach(request::param);
    List<String> ids = new ArrayList<>();
    read(mvc.perform(request).andExpect(status().isOk())).forEach(list -> ids.add(list.get("report").asString()));
    return ids;
  }

  private UUID aList(String content) {
    return access.actingAs(team.username(Role.MONITOR), () -> reports.file(new SourceReports.Draft(team.office().id(),
        SourceReport.SourceType.NGO_REPORT, LocalDate.of(2002, 6, 20), "ko", content, null, SourceReport.Confidentiality.CONFIDENTIAL,
        null)));
  }

  /** So many people, each one record named on every list given. */
  private List<PersonId> on(int people, UUID... lists) {
    List<PersonId> records = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      PersonId record = fixtures.aDistinctPersonAt(team);
      for (UUID list : lists) {
        int row = jdbc.sql("SELECT COUNT(*) FROM person_mention WHERE report_id = ?").param(list).query(Integer.class).single() + 1;
        jdbc.sql("INSERT INTO person_mention (report_id, person_id, row_number) VALUES (?, ?, ?)")
            .params(list, record.value(), row).update();
      }
      records.add(record);
    }
    return records;
  }

  private ResultActions estimate(Role role, UUID... lists) throws Exception {
    var request = get("/api/monitoring/estimates").with(user(fixtures.user(team.username(role))));
    for (UUID list : lists) {
      request.param("list", list.toString());
    }
    return mvc.perform(request);
  }

  private JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  private static List<String> toList(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(item -> items.add(item.asString()));
    return items;
  }
}
