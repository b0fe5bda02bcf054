package org.sanctuary.monitoring;

import org.sanctuary.monitoring.places.Gazetteer;
import org.sanctuary.monitoring.places.Place;
import org.sanctuary.monitoring.reports.ListImport;
import org.sanctuary.monitoring.reports.SourceReport;
import org.sanctuary.monitoring.reports.SourceReports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A list of 1,000 names from one report: the dry run names exactly the bad rows and writes nothing,
 * the real run refuses while any row is bad, writes all 1,000 in one transaction once they are fixed,
 * and an interrupted run leaves nothing written.
 */
@SanctuaryTest
class ListImportTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired SourceReports reports;
  @Autowired ListImport imports;
  @Autowired JdbcClient jdbc;
  @Autowired org.sanctuary.registry.PersonDirectory persons;
  @Autowired org.sanctuary.audit.AuditTrail audit;
  @Autowired Gazetteer gazetteer;

  private Fixtures.Staffed team;
  private UUID report;

  @BeforeEach
  void aReportOfReturnedPeople() {
    team = fixtures.anOfficeWithEveryRole();
    report = access.actingAs(team.username(Role.MONITOR), () -> reports.file(new SourceReports.Draft(team.office().id(),
        SourceReport.SourceType.NGO_REPORT, LocalDate.of(2002, 6, 20), "ko", "A list of people reported returned at Tumen in May.",
        null, SourceReport.Confidentiality.CONFIDENTIAL, null)));
  }

  @Test
  void threeBadRowsAreNamedByTheDryRunAndStopTheRealRunUntilFixed() throws Exception {
    String bad = csv(true);
    upload(bad, true)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows").value(1000))
        .andExpect(jsonPath("$.written").value(0))
        .andExpect(jsonPath("$.problems.length()").value(3))
        .andExpect(jsonPath("$.problems[*].row").value(Matchers.contains(17, 480, 999)))
        .andExpect(jsonPath("$.problems[*].field").value(Matchers.contains("sex", "name", "on")));
    assertThat(mentions()).isZero();

    upload(bad, false)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("rows[17].sex", "rows[480].name", "rows[999].on")));
    assertThat(mentions()).isZero();
    assertThat(personsAtTheTeam()).isZero();

    upload(csv(false), false)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.written").value(1000));
    assertThat(mentions()).isEqualTo(1000);
    assertThat(personsAtTheTeam()).isEqualTo(1000);
  }

  @Test
  void aKoreanReaderOfTheImportPageReadsEachRowsProblemInKoreanWithWhatTheRowSaid() throws Exception {
    String page = mvc.perform(post("/monitoring/reports/" + report + "/import").param("lang", "ko")
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .with(user(fixtures.user(team.username(Role.MONITOR))))
            .param("csv", csv(true)).param("dryRun", "true").param("importId", UUID.randomUUID().toString()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("&quot;F?&quot;은(는)").contains("이름을 한글이나 로마자로 적으십시오")
        .contains("&quot;the day after the storm&quot;을(를) 날짜로 읽을 수 없습니다")
        .doesNotContain("give the name in hangul or latin").doesNotContain("as a date (try");
  }

  @Test
  void aRunInterruptedHalfWayLeavesNothingWritten() {
    assertThatThrownBy(() -> access.actingAs(team.username(Role.MONITOR), () -> imports.run(report, csv(false), (rows, of) -> {
      if (rows > 500) { // told after the second step of 500 rows
        throw new IllegalStateException("the process was stopped");
      }
    }))).hasMessageContaining("stopped");
    assertThat(mentions()).isZero();
    assertThat(personsAtTheTeam()).isZero();
  }

  @Test
  void whileALongImportIsHalfWayOtherUsersReadAndWriteWithAuditAndTheImportStaysWhole() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    org.sanctuary.registry.PersonId person = fixtures.aPersonAt(office, "박순자");
    java.util.concurrent.CountDownLatch halfWay = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch goOn = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      var importing = threads.submit(() -> access.actingAs(team.username(Role.MONITOR), () -> imports.run(report, csv(false),
          (rows, of) -> {
            if (rows == 500) {
              halfWay.countDown();
              await(goOn);
            }
          })));
      assertThat(halfWay.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

      // Another office's registrar reads a person and registers one: both audited, neither waits for the import.
      var meanwhile = threads.submit(() -> access.actingAs(office.username(Role.REGISTRAR), () -> {
        persons.read(person);
        return persons.register(office.office().id(), Fixtures.aDraft("이순희"));
      }));
      assertThat(meanwhile.get(10, java.util.concurrent.TimeUnit.SECONDS)).isNotNull();
      // The team's own registrar registers someone at the team the import writes to: no wait either.
      var sameTeam = threads.submit(() -> access.actingAs(team.username(Role.REGISTRAR),
          () -> persons.register(team.office().id(), Fixtures.aDraft("최영수"))));
      assertThat(sameTeam.get(10, java.util.concurrent.TimeUnit.SECONDS)).isNotNull();
      assertThat(importing.isDone()).as("the import is still half way").isFalse();

      goOn.countDown();
      assertThat(importing.get(60, java.util.concurrent.TimeUnit.SECONDS).written()).isEqualTo(1000);
    } finally {
      goOn.countDown();
      threads.shutdownNow();
    }
    assertThat(personsAtTheTeam()).isEqualTo(1001);
    assertThat(audit.verify().valid()).isTrue();
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void theCheckNamesTheRowsThatMayBeSomeoneAlreadyOnFileAndTheRunWritesThemAnyway() throws Exception {
    org.sanctuary.registry.PersonId younghee = fixtures.aPersonAt(team, "이영희");
    String reference = jdbc.sql("SELECT reference FROM person WHERE id = ?").param(younghee.value()).query(String.class).single();
    String list = """
        hangul,latin,sex,born
        ,Ri Yong Hui,FEMALE,1975
        박말순,,FEMALE,1950
        ,Lee Young-hee,FEMALE,1990
        """;
    upload(list, true)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.written").value(0))
        .andExpect(jsonPath("$.possiblyKnown.length()").value(1))
        .andExpect(jsonPath("$.possiblyKnown[0].row").value(1))
        .andExpect(jsonPath("$.possiblyKnown[0].references[0]").value(reference));
    assertThat(mentions()).isZero();
    upload(list, false).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(3));
    assertThat(mentions()).isEqualTo(3);
  }

  @Test
  void aReportWhoseListIsImportedTakesNoSecondListAndSaysWhyBeforeAnythingIsWritten() throws Exception {
    String list = """
        hangul,latin,sex,born
        김순옥,,FEMALE,1961
        ,Pak Chol,MALE,1958
        """;
    assertThat(pageOf("/monitoring/reports/" + report)).contains("/monitoring/reports/" + report + "/import")
        .doesNotContain("id=\"list-imported\"");
    upload(list, false).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(2));

    // Once imported, the report no longer offers an import, and the import page says why instead of a form.
    assertThat(pageOf("/monitoring/reports/" + report)).contains("id=\"list-imported\"")
        .doesNotContain("/monitoring/reports/" + report + "/import");
    assertThat(pageOf("/monitoring/reports/" + report + "/import")).contains("id=\"import-refused\"")
        .contains("Its list of names is imported.").doesNotContain("Nothing was written")
        .contains("/monitoring/reports/new?supersedes=" + report).doesNotContain("name=\"csv\"");

    // Its rows would have numbered the report's names again from 1: refused by the rule, not as a clash of keys.
    upload(list, true).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("LIST_IMPORTED_ONCE"));
    upload(list, false).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("LIST_IMPORTED_ONCE"));
    assertThat(mentions()).isEqualTo(2);
    assertThat(personsAtTheTeam()).isEqualTo(2);

    // The page says so beside the form, in the reader's language.
    String page = mvc.perform(post("/monitoring/reports/" + report + "/import").param("lang", "ko")
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
            .with(user(fixtures.user(team.username(Role.MONITOR))))
            .param("csv", list).param("dryRun", "false").param("importId", UUID.randomUUID().toString()))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("id=\"import-refused\"").contains("보고서의 명단은 한 번만 가져오며")
        .contains("/monitoring/reports/new?supersedes=" + report).doesNotContain("먼저 이 행들을 고치십시오");
  }

  @Test
  void aPlaceOfOriginIsFoundInTheGazetteerByAnyOfItsNamesAndAnUnknownOneIsNamedBeforeAnythingIsWritten() throws Exception {
    UUID korea = gazetteer.add(null, Place.Level.COUNTRY, java.util.List.of(new Place.Name("LATIN", "DPRK", true)), null, null);
    UUID musan = gazetteer.add(korea, Place.Level.COUNTY,
        java.util.List.of(new Place.Name("LATIN", "Musan", true), new Place.Name("HANGUL", "무산", false)), null, null);
    String list = """
        hangul,latin,sex,born,origin
        김순옥,,FEMALE,1961,무산
        ,Pak Chol,MALE,1958,Atlantis
        """;
    upload(list, true)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.problems.length()").value(1))
        .andExpect(jsonPath("$.problems[0].row").value(2))
        .andExpect(jsonPath("$.problems[0].field").value("origin"));
    upload(list, false).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("rows[2].origin")));
    assertThat(mentions()).isZero();

    upload(list.replace("Atlantis", "musan"), false).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(2));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE office_id = ? AND origin_place_id = ?")
        .params(team.office().id().value(), musan).query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void theNamesOfAListTakeTheOfficesNextReferencesInTheirOrderAndTheNextRegistrationTheOneAfter() throws Exception {
    org.sanctuary.registry.PersonId before = fixtures.aPersonAt(team, "이영희");
    upload(csv(false), false).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(1000));
    org.sanctuary.registry.PersonId after = fixtures.aPersonAt(team, "박말순");

    java.util.List<Long> numbers = jdbc.sql("SELECT p.reference FROM person_mention m JOIN person p ON p.id = m.person_id"
            + " WHERE m.report_id = ? ORDER BY m.row_number")
        .param(report).query(String.class).list().stream().map(ListImportTest::number).toList();
    long first = number(reference(before)) + 1;
    assertThat(numbers).hasSize(1000).containsExactlyElementsOf(java.util.stream.LongStream.range(first, first + 1000).boxed().toList());
    assertThat(number(reference(after))).isEqualTo(first + 1000);
    assertThat(audit.verify().valid()).isTrue();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'PERSON_REGISTERED' AND office_id = ?")
        .param(team.office().id().value()).query(Long.class).single()).isEqualTo(1002);
  }

  private String reference(org.sanctuary.registry.PersonId person) {
    return jdbc.sql("SELECT reference FROM person WHERE id = ?").param(person.value()).query(String.class).single();
  }

  private static long number(String reference) {
    return Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1));
  }

  private String pageOf(String path) throws Exception {
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
            .with(user(fixtures.user(team.username(Role.MONITOR)))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private ResultActions upload(String csv, boolean dryRun) throws Exception {
    return mvc.perform(post("/api/monitoring/reports/" + report + "/imports?dryRun=" + dryRun)
        .with(user(fixtures.user(team.username(Role.MONITOR)))).contentType(MediaType.valueOf("text/csv")).content(csv));
  }

  /** 1,000 people; with {@code bad}, row 17 has no valid sex, row 480 no name, row 999 an unreadable date. */
  private static String csv(boolean bad) {
    StringBuilder csv = new StringBuilder("hangul,latin,sex,born,status,on,place\n");
    for (int row = 1; row <= 1000; row++) {
      String name = bad && row == 480 ? ",," : "김철수" + row + ",Kim Chol-su " + row + ",";
      String sex = bad && row == 17 ? "F?" : (row % 2 == 0 ? "FEMALE" : "MALE");
      String on = bad && row == 999 ? "the day after the storm" : "May 2002";
      csv.append(name).append(sex).append(",circa 1970,RETURNED,").append(on).append(",Tumen\n");
    }
    return csv.toString();
  }

  private long mentions() {
    return jdbc.sql("SELECT COUNT(*) FROM person_mention WHERE report_id = ?").param(report).query(Long.class).single();
  }

  private long personsAtTheTeam() {
    return jdbc.sql("SELECT COUNT(*) FROM person WHERE office_id = ?").param(team.office().id().value()).query(Long.class).single();
  }
}
