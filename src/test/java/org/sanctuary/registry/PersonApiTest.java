package org.sanctuary.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The person API: registration, validation that changes nothing, office scope, lost updates. */
@SanctuaryTest
class PersonApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired org.sanctuary.monitoring.places.Gazetteer gazetteer;

  private Fixtures.Staffed office;

  @BeforeEach
  void anOffice() {
    office = fixtures.anOfficeWithEveryRole();
  }

  @Test
  void aRegistrarRegistersAPersonWithNamesInSeveralScriptsAndAnUncertainBirth() throws Exception {
    mvc.perform(
            post("/api/persons")
                .with(as(Role.REGISTRAR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"officeId":"%s","sex":"MALE",
                     "names":[{"script":"HANGUL","value":"김준","primary":true},
                              {"script":"LATIN_MR","value":"Kim Chun"}],
                     "dateOfBirth":"about 2½ years old on 31 May 2002",
                     "nationalities":["PRK"],"otherNationalityClaims":["KOR"],
                     "languages":["ko"],"bestLanguage":"ko","specificNeeds":["SEPARATED_CHILD"]}
                    """
                        .formatted(office.office().id())))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.reference").value(Matchers.startsWith(office.office().code() + "-")))
        .andExpect(jsonPath("$.names[1].value").value("Kim Chun"))
        .andExpect(jsonPath("$.nationalities").value(Matchers.contains("PRK")))
        .andExpect(jsonPath("$.otherNationalityClaims").value(Matchers.contains("KOR")))
        .andExpect(jsonPath("$.dateOfBirth.earliest").value("1998-08-31"))
        .andExpect(jsonPath("$.dateOfBirth.qualifier").value("CIRCA"))
        .andExpect(jsonPath("$.specificNeeds[0].flaggedBy").value(office.username(Role.REGISTRAR)))
        .andExpect(jsonPath("$.priority").value(true))
        .andExpect(jsonPath("$.version").value(0));
  }

  @Test
  void badInputNamesEveryFieldAndWritesNothing() throws Exception {
    long persons = countPersons();
    long audit = jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();

    mvc.perform(
            post("/api/persons")
                .with(as(Role.REGISTRAR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"officeId":"%s","sex":"FEMALE",
                     "names":[{"script":"HANGUL","value":"Kim Young-hee"}],
                     "dateOfBirth":"the year of the famine","nationalities":["PRK","XYZ"],
                     "languages":["ko"],"bestLanguage":"zh"}
                    """
                        .formatted(office.office().id())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    Matchers.containsInAnyOrder(
                        "names[0].value", "dateOfBirth", "nationalities[1]", "bestLanguage")));

    assertThat(countPersons()).isEqualTo(persons);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single()).isEqualTo(audit);
  }

  @Test
  void aPlaceOfOriginIsAPlaceOfTheGazetteerShownByItsNamesAndAnythingElseIsRefusedBesideTheField() throws Exception {
    java.util.UUID korea = gazetteer.add(null, org.sanctuary.monitoring.places.Place.Level.COUNTRY,
        List.of(new org.sanctuary.monitoring.places.Place.Name("LATIN", "DPRK", true)), null, null);
    java.util.UUID province = gazetteer.add(korea, org.sanctuary.monitoring.places.Place.Level.PROVINCE,
        List.of(new org.sanctuary.monitoring.places.Place.Name("LATIN", "North Hamgyong", true)), null, null);
    java.util.UUID hoeryong = gazetteer.add(province, org.sanctuary.monitoring.places.Place.Level.COUNTY,
        List.of(new org.sanctuary.monitoring.places.Place.Name("LATIN", "Hoeryong", true),
            new org.sanctuary.monitoring.places.Place.Name("HANGUL", "회령", false)), null, null);
    String body = """
        {"officeId":"%s","sex":"FEMALE","names":[{"script":"HANGUL","value":"이영희"}],"originPlace":"%s"}""";

    String created = mvc.perform(post("/api/persons").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content(body.formatted(office.office().id(), hoeryong)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.originPlace").value(hoeryong.toString()))
        .andExpect(jsonPath("$.originPlaceName").value("Hoeryong, North Hamgyong, DPRK"))
        .andReturn().getResponse().getContentAsString();
    assertThat(created).contains("\"originPlace\"");

    long persons = countPersons();
    for (String bad : List.of(java.util.UUID.randomUUID().toString(), "Hoeryong")) {
      mvc.perform(post("/api/persons").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
              .content(body.formatted(office.office().id(), bad)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("originPlace")))
          .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("is not a place of the gazetteer")));
    }
    assertThat(countPersons()).isEqualTo(persons);
  }

  @Test
  void aUserOfAnotherOfficeCannotSeeFindOrChangeThePerson() throws Exception {
    PersonId person = fixtures.aPersonAt(office, "박순희");
    Fixtures.Staffed other = fixtures.anOfficeWithEveryRole();
    RequestPostProcessor outsider = user(fixtures.user(other.username(Role.REGISTRAR)));

    mvc.perform(get("/api/persons/" + person).with(outsider))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    mvc.perform(get("/api/persons?name=박순희&size=100").with(outsider))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[?(@.id == '" + person + "')]").isEmpty());
    mvc.perform(
            put("/api/persons/" + person)
                .with(outsider)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(0)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/persons/" + person).with(as(Role.ELIGIBILITY_OFFICER)))
        .andExpect(status().isOk());
  }

  @Test
  void twoConcurrentUpdatesFromTheSameVersionLetExactlyOneWin() throws Exception {
    PersonId person = fixtures.aPersonAt(office, "리철");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (String name : List.of("리철수", "리철호")) {
      Callable<Integer> update =
          () -> {
            start.await();
            return mvc.perform(
                    put("/api/persons/" + person)
                        .with(as(Role.REGISTRAR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(0).replace("리순옥", name)))
                .andReturn()
                .getResponse()
                .getStatus();
          };
      results.add(pool.submit(update));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> result : results) {
      statuses.add(result.get());
    }
    pool.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(jdbc.sql("SELECT version FROM person WHERE id = ?").param(person.value()).query(Long.class).single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM person_name WHERE person_id = ?")
                .param(person.value())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    mvc.perform(
            put("/api/persons/" + person)
                .with(as(Role.REGISTRAR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(0)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("STALE_VERSION"));
  }

  @Test
  void everyReadOfAPersonThroughTheApiOrAPageLeavesAnAuditEntry() throws Exception {
    PersonId person = fixtures.aPersonAt(office, "최명숙");
    long before = reads(person);

    mvc.perform(get("/api/persons/" + person).with(as(Role.PROTECTION_OFFICER))).andExpect(status().isOk());
    mvc.perform(get("/persons/" + person).with(as(Role.SUPERVISOR))).andExpect(status().isOk());

    assertThat(reads(person)).isEqualTo(before + 2);
    assertThat(
            jdbc.sql(
                    "SELECT actor FROM audit_entry WHERE subject_id = ? AND action = 'PERSON_READ' ORDER BY id")
                .param(person.toString())
                .query(String.class)
                .list())
        .containsSubsequence(office.username(Role.PROTECTION_OFFICER), office.username(Role.SUPERVISOR));
  }

  @Test
  void aSupervisorSeesWhoLookedAtTheRecord() throws Exception {
    PersonId person = fixtures.aPersonAt(office, "김은정");
    mvc.perform(get("/api/persons/" + person).with(as(Role.ELIGIBILITY_OFFICER)));

    mvc.perform(get("/api/persons/" + person + "/access-log").with(as(Role.SUPERVISOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].actor").value(Matchers.hasItem(office.username(Role.ELIGIBILITY_OFFICER))));
  }

  @Test
  void thePriorityFilterKeepsChildrenAloneAndTortureSurvivors() throws Exception {
    PersonId adult = fixtures.aPersonAt(office, "한성민");
    String child =
        mvc.perform(
                post("/api/persons")
                    .with(as(Role.REGISTRAR))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"officeId\":\"" + office.office().id() + "\",\"sex\":\"MALE\","
                            + "\"names\":[{\"script\":\"HANGUL\",\"value\":\"최경철\"}],"
                            + "\"specificNeeds\":[\"UNACCOMPANIED_CHILD\"]}"))
            .andReturn()
            .getResponse()
            .getContentAsString()
            .replaceAll(".*?\"id\":\"([0-9a-f-]{36})\".*", "$1");

    mvc.perform(get("/api/persons?priority=true&officeId=" + office.office().id()).with(as(Role.SUPERVISOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(child));
    mvc.perform(get("/api/persons?officeId=" + office.office().id()).with(as(Role.SUPERVISOR)))
        .andExpect(jsonPath("$.items[*].id").value(Matchers.hasItems(child, adult.toString())));
  }

  @Test
  void aReadShowsEachPartOfTheFileThatHoldsSomethingAndEmptyPartsAsEmpty() throws Exception {
    PersonId person = fixtures.aDistinctPersonAt(office);
    mvc.perform(get("/api/persons/" + person).with(as(Role.ELIGIBILITY_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.names.length()").value(1))
        .andExpect(jsonPath("$.nationalities[0]").value("PRK"))
        .andExpect(jsonPath("$.specificNeeds").isEmpty())
        .andExpect(jsonPath("$.consents").isEmpty())
        .andExpect(jsonPath("$.whereabouts").isEmpty())
        .andExpect(jsonPath("$.groups").isEmpty());

    for (String consent :
        List.of(
            "{\"purpose\":\"FAMILY_TRACING\",\"given\":true,\"on\":\"2024-11-02\"}",
            "{\"purpose\":\"SHARING_WITH_PARTNERS\",\"given\":false}")) {
      mvc.perform(
              post("/api/persons/" + person + "/consents")
                  .with(as(Role.REGISTRAR))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(consent))
          .andExpect(status().isCreated());
    }

    mvc.perform(get("/api/persons/" + person).with(as(Role.ELIGIBILITY_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.names.length()").value(1))
        .andExpect(jsonPath("$.consents.length()").value(2))
        .andExpect(jsonPath("$.consents[0].purpose").value("FAMILY_TRACING"))
        .andExpect(jsonPath("$.consents[0].on").value("2024-11-02"))
        .andExpect(jsonPath("$.consents[1].purpose").value("SHARING_WITH_PARTNERS"))
        .andExpect(jsonPath("$.consents[1].given").value(false))
        .andExpect(jsonPath("$.whereabouts").isEmpty());
    assertThat(reads(person)).isEqualTo(2);
  }

  @Test
  void withoutATokenTheApiAnswersUnauthenticated() throws Exception {
    mvc.perform(get("/api/persons"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
  }

  private long reads(PersonId person) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_id = ? AND action = 'PERSON_READ'")
        .param(person.toString())
        .query(Long.class)
        .single();
  }

  private long countPersons() {
    return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }

  private static String body(long version) {
    return "{\"version\":" + version + ",\"sex\":\"MALE\",\"names\":[{\"script\":\"HANGUL\",\"value\":\"리순옥\"}]}";
  }
}
