package org.sanctuary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.sanctuary.registry.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * No request carries an unbounded list, nor an empty entry in one: each is refused with 400 naming
 * the field, and nothing is written.
 */
@SanctuaryTest
class BoundedRequestsTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  private Fixtures.Staffed office;
  private PersonId person;

  @BeforeEach
  void anOffice() {
    office = fixtures.anOfficeWithEveryRole();
    person = fixtures.aPersonAt(office, "김영희");
  }

  @Test
  void aPersonWithMoreNamesThanAnyoneHasIsRefusedAndNotRegistered() throws Exception {
    String names = IntStream.range(0, 101).mapToObj(i -> "{\"script\":\"LATIN_OTHER\",\"value\":\"Name " + i + "\"}")
        .collect(Collectors.joining(","));
    long before = persons();
    send(Role.REGISTRAR, "/api/persons", "{\"officeId\":\"" + office.office().id() + "\",\"sex\":\"MALE\",\"names\":[" + names + "]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
        .andExpect(jsonPath("$.errors[0].field").value("names"))
        .andExpect(jsonPath("$.errors[0].message").value("holds at most 100 entries"));
    assertThat(persons()).isEqualTo(before);
  }

  @Test
  void aNullOrBlankEntryInAnyListIsAFieldErrorNotAServerError() throws Exception {
    String office = this.office.office().id().toString();
    long before = persons();
    send(Role.REGISTRAR, "/api/persons", "{\"officeId\":\"" + office + "\",\"sex\":\"MALE\",\"names\":[null]}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("names[0]"));
    send(Role.REGISTRAR, "/api/persons", "{\"officeId\":\"" + office + "\",\"sex\":\"MALE\","
            + "\"names\":[{\"script\":\"HANGUL\",\"value\":\"김철수\"}],\"nationalities\":[\"PRK\",\"\"],\"languages\":[null]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("nationalities[1]"))
        .andExpect(jsonPath("$.errors[1].field").value("languages[0]"));
    send(Role.REGISTRAR, "/api/groups", "{\"officeId\":\"" + office + "\",\"label\":\"Household\",\"kind\":\"HOUSEHOLD\","
            + "\"members\":[\"" + person + "\",null]}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("members[1]"));
    send(Role.RECEPTION, "/api/cases", "{\"officeId\":\"" + office + "\",\"principalId\":\"" + person + "\","
            + "\"dependantIds\":[null],\"channel\":\"OFFICE\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dependantIds[0]"));
    send(Role.ADMIN, "/api/users", "{\"username\":\"nobody-" + office.substring(0, 8) + "\",\"displayName\":\"N\","
            + "\"password\":\"lanterns over the river\",\"memberships\":[{\"officeId\":\"" + office + "\",\"roles\":[null]}]}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("memberships[0].roles[0]"));
    send(Role.MONITOR, "/api/monitoring/interventions", "{\"officeId\":\"" + office + "\",\"addresseeId\":\"" + java.util.UUID.randomUUID() + "\","
            + "\"sentOn\":\"2002-06-10\",\"asked\":\"Release them.\",\"personIds\":[null]}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("personIds[0]"));
    assertThat(persons()).isEqualTo(before);
  }

  private long persons() {
    return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
  }

  private ResultActions send(Role role, String path, String json) throws Exception {
    return mvc.perform(post(path).with(user(fixtures.user(office.username(role)))).contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
