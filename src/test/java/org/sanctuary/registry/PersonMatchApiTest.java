package org.sanctuary.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Finding a person from any script or spelling of their name, within the reader's offices only. */
@SanctuaryTest
class PersonMatchApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired PersonDirectory directory;
  @Autowired org.sanctuary.access.AccessPolicy access;

  private Fixtures.Staffed office;
  private Fixtures.Staffed elsewhere;
  private PersonId younghee;
  private PersonId cholsu;
  private PersonId cholju;
  private PersonId theirYounghee;

  @BeforeEach
  void twoOffices() {
    office = fixtures.anOfficeWithEveryRole();
    elsewhere = fixtures.anOfficeWithEveryRole();
    younghee = fixtures.aPersonAt(office, "이영희");
    cholsu = fixtures.aPersonAt(office, "김철수");
    cholju = fixtures.aPersonAt(office, "김철주");
    theirYounghee = fixtures.aPersonAt(elsewhere, "리영희");
  }

  @Test
  void aNorthernSpellingFindsTheHangulRecordWithWhyAndNothingFromAnotherOffice() throws Exception {
    JsonNode hits = matches(office, "Ri Yong Hui", null);
    assertThat(hits.get(0).at("/person/id").asString()).isEqualTo(younghee.toString());
    assertThat(hits.get(0).get("name").asString()).isEqualTo("이영희");
    assertThat(hits.get(0).get("level").asString()).isEqualTo("CANONICAL_EQUAL");
    assertThat(hits.get(0).get("key").asString()).isEqualTo("I YOG.HI");
    assertThat(ids(hits)).doesNotContain(theirYounghee.toString());

    JsonNode theirs = matches(elsewhere, "Ri Yong Hui", null);
    assertThat(ids(theirs)).contains(theirYounghee.toString()).doesNotContain(younghee.toString());
  }

  @Test
  void theSameNameRanksAboveANameOneSyllableAwayAndADateOfBirthWeighs() throws Exception {
    JsonNode hits = matches(office, "Kim Chul-soo", null);
    assertThat(ids(hits)).startsWith(cholsu.toString());
    JsonNode closeOnly = hits.get(ids(hits).indexOf(cholju.toString()));
    assertThat(closeOnly.get("level").asString()).isIn("CLOSE", "SIMILAR");
    assertThat(closeOnly.get("score").asDouble()).isLessThan(hits.get(0).get("score").asDouble());

    JsonNode agreeing = matches(office, "이영희", "1975");
    assertThat(agreeing.get(0).get("birth").asString()).isEqualTo("AGREES");
    JsonNode contradicting = matches(office, "이영희", "1990");
    assertThat(contradicting.get(0).get("birth").asString()).isEqualTo("DISAGREES");
    assertThat(contradicting.get(0).get("score").asDouble()).isLessThan(agreeing.get(0).get("score").asDouble());
  }

  @Test
  void theKeysAreKeptBesideTheNamesAndFollowARevision() {
    List<String> keys = jdbc.sql("SELECT canonical_key FROM person_name_canonical WHERE person_id = ?")
        .param(cholsu.value()).query(String.class).list();
    assertThat(keys).containsExactly("KIM COL.SO");
  }

  @Test
  void aCorrectedDateOfBirthIsTheOneTheNextSearchComparesWith() throws Exception {
    PersonId minho = fixtures.aPersonAt(office, "정민호");
    assertThat(matches(office, "정민호", "1975").get(0).get("birth").asString()).isEqualTo("AGREES");
    long version = jdbc.sql("SELECT version FROM person WHERE id = ?").param(minho.value()).query(Long.class).single();
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/persons/" + minho)
            .with(user(fixtures.user(office.username(Role.REGISTRAR))))
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                {"version":%d,"sex":"MALE","names":[{"script":"HANGUL","value":"정민호","primary":true}],
                 "dateOfBirth":"1990-03","nationalities":["PRK"],"languages":["ko"],"bestLanguage":"ko"}
                """.formatted(version)))
        .andExpect(status().isOk());

    JsonNode corrected = matches(office, "Jeong Min-ho", "1990");
    assertThat(corrected.get(0).at("/person/id").asString()).isEqualTo(minho.toString());
    assertThat(corrected.get(0).get("birth").asString()).isEqualTo("AGREES");
    assertThat(matches(office, "정민호", "1975").get(0).get("birth").asString()).isEqualTo("DISAGREES");
  }

  @Test
  void aNameTypedInPartFindsThoseWhoseNameStartsSoAndShowsTheirNameAsWritten() throws Exception {
    PersonId ahn = fixtures.aPersonAt(office, "안정숙");
    JsonNode hits = matches(office, "안정", null);
    assertThat(ids(hits)).contains(ahn.toString());
    assertThat(hits.get(ids(hits).indexOf(ahn.toString())).get("name").asString()).isEqualTo("안정숙");
  }

  @Test
  void aSearchWithoutANameOrWithAnUnreadableBirthNamesTheField() throws Exception {
    search(office, " ", null).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
    search(office, "Kim", "the spring").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("born"));
  }

  @Test
  void registeringSomeoneWhoMayBeKnownShowsThemFirstAndSavesOnlyWithAReasonWhichIsKept() throws Exception {
    long before = jdbc.sql("SELECT COUNT(*) FROM person WHERE office_id = ?").param(office.office().id().value()).query(Long.class).single();
    register(office, "Kim Cheol-soo", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("POSSIBLY_KNOWN"))
        .andExpect(jsonPath("$.candidates[0].person.id").value(cholsu.toString()))
        .andExpect(jsonPath("$.candidates[0].level").value("CANONICAL_EQUAL"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE office_id = ?").param(office.office().id().value()).query(Long.class).single())
        .isEqualTo(before);

    String created = register(office, "Kim Cheol-soo", "Another Kim Cheol-soo: his father's name and village differ.")
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String id = json.readTree(created).get("id").asString();
    assertThat(jdbc.sql("SELECT reason FROM person_registered_despite WHERE person_id = ?").param(java.util.UUID.fromString(id))
        .query(String.class).single()).startsWith("Another Kim Cheol-soo");
  }

  @Test
  void aPossibleMatchInAnotherOfficeIsSignalledWithoutContentAndTheSignalIsAuditedButDoesNotHoldTheRegistration() throws Exception {
    Fixtures.Staffed third = fixtures.anOfficeWithEveryRole();
    fixtures.aPersonAt(third, "남궁민수");
    long signalled = signals();
    var created = register(office, "Namkoong Min-soo", null)
        .andExpect(status().isCreated())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Possible-Match-Elsewhere", "true"))
        .andReturn().getResponse();
    assertThat(created.getContentAsString()).doesNotContain("남궁민수").doesNotContain(third.office().code());
    register(office, "Kim Yong-nam", null)
        .andExpect(status().isCreated())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Possible-Match-Elsewhere", "false"));
    assertThat(signals()).isEqualTo(signalled + 1);
    assertThat(signals()).isEqualTo(signalled + 1);
  }

  @Test
  void aNameAddedThatMayBeSomeoneElseHoldsTheRevisionBackUntilAReasonIsGivenAndNamesAlreadyHeldAreNotAskedAgain() throws Exception {
    PersonId minho = fixtures.aPersonAt(office, "정민호");
    // Adding Kim Cheol-soo to 정민호's names: 김철수 of this office may be that man; nothing is saved yet.
    revise(minho, "Kim Cheol-soo", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("POSSIBLY_KNOWN"))
        .andExpect(jsonPath("$.candidates[0].person.id").value(cholsu.toString()));
    assertThat(namesOf(minho)).containsExactly("정민호");

    revise(minho, "Kim Cheol-soo", "He used his cousin's name at the border; he is not our 김철수.").andExpect(status().isOk());
    assertThat(namesOf(minho)).containsExactlyInAnyOrder("정민호", "Kim Cheol-soo");
    assertThat(jdbc.sql("SELECT reason FROM person_revised_despite WHERE person_id = ?").param(minho.value())
        .query(String.class).single()).startsWith("He used his cousin's name");
    // The same names again (a date corrected, say): nothing new to compare, nothing asked.
    revise(minho, "Kim Cheol-soo", null).andExpect(status().isOk());
  }

  @Test
  void theOthersWhoMayBeAPersonAreListedFromTheirOwnOfficesOnly() throws Exception {
    PersonId riYongHui = access.actingAs(office.username(Role.MONITOR), () -> directory.register(office.office().id(),
        new PersonDraft(List.of(new PersonDraft.NameDraft(NameScript.LATIN_MR, "Ri Yong Hui", true)), Sex.FEMALE, "1975",
            List.of("PRK"), List.of(), List.of("ko"), "ko", GenderPreference.NONE, GenderPreference.NONE, java.util.Set.of()),
        "On a church list; linkage decides."));
    String body = mvc.perform(get("/api/persons/" + riYongHui + "/possible-duplicates")
            .with(user(fixtures.user(office.username(Role.REGISTRAR)))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(ids(json.readTree(body))).containsExactly(younghee.toString());
    mvc.perform(get("/api/persons/" + riYongHui + "/possible-duplicates").with(user(fixtures.user(elsewhere.username(Role.REGISTRAR)))))
        .andExpect(status().isNotFound());
  }

  private List<String> namesOf(PersonId person) {
    return jdbc.sql("SELECT full_name FROM person_name WHERE person_id = ?").param(person.value()).query(String.class).list();
  }

  private ResultActions revise(PersonId person, String added, String reason) throws Exception {
    long version = jdbc.sql("SELECT version FROM person WHERE id = ?").param(person.value()).query(Long.class).single();
    String body = """
        {"version":%d,"sex":"MALE","names":[{"script":"HANGUL","value":"정민호","primary":true},
         {"script":"LATIN_RR","value":"%s","primary":false}],
         "nationalities":["PRK"],"languages":["ko"],"bestLanguage":"ko"%s}
        """.formatted(version, added, reason == null ? "" : ",\"notADuplicateBecause\":\"" + reason + "\"");
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/persons/" + person)
        .with(user(fixtures.user(office.username(Role.REGISTRAR)))).with(
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body));
  }

  private long signals() {
    return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'POSSIBLE_MATCH_ELSEWHERE_SIGNALLED' AND office_id = ?")
        .param(office.office().id().value()).query(Long.class).single();
  }

  private ResultActions register(Fixtures.Staffed at, String name, String reason) throws Exception {
    String body = """
        {"officeId":"%s","sex":"MALE","names":[{"script":"LATIN_RR","value":"%s","primary":true}],
         "dateOfBirth":"circa 1975","nationalities":["PRK"],"languages":["ko"],"bestLanguage":"ko"%s}
        """.formatted(at.office().id(), name, reason == null ? "" : ",\"notADuplicateBecause\":\"" + reason + "\"");
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/persons")
        .with(user(fixtures.user(at.username(Role.REGISTRAR)))).with(
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body));
  }

  private JsonNode matches(Fixtures.Staffed at, String q, String born) throws Exception {
    String body = search(at, q, born).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return json.readTree(body);
  }

  private ResultActions search(Fixtures.Staffed at, String q, String born) throws Exception {
    var request = get("/api/persons/matches").param("q", q).with(user(fixtures.user(at.username(Role.REGISTRAR))));
    if (born != null) {
      request.param("born", born);
    }
    return mvc.perform(request);
  }

  private static List<String> ids(JsonNode hits) {
    List<String> ids = new java.util.ArrayList<>();
    hits.forEach(hit -> ids.add(hit.at("/person/id").asString()));
    return ids;
  }
}
