package org.sanctuary.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An office has a name in each language its readers read: a Korean reader sees it in Korean, an
 * English reader in English, and a language it has no name in falls back to English. Only an
 * administrator names it, in a language other than English, and a wrong one changes nothing.
 */
@SanctuaryTest
class OfficeNamesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  @Test
  void aKoreanReaderReadsTheOfficesKoreanNameAndAnEnglishReaderItsEnglishOne() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    String id = office.office().id().toString();
    name(office, Role.REGISTRAR, "ko", "시험 보호 사무소").andExpect(status().isForbidden());
    name(office, Role.ADMIN, "en", "Another English name")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("language"));
    name(office, Role.ADMIN, "ko", "가".repeat(201))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    name(office, Role.ADMIN, "ko", "시험 보호 사무소").andExpect(status().isNoContent());

    var person = fixtures.aPersonAt(office, "하순자");
    var registrar = user(fixtures.user(office.username(Role.REGISTRAR)));
    assertThat(mvc.perform(get("/persons/" + person).param("lang", "ko").with(registrar)).andReturn().getResponse()
        .getContentAsString()).contains("시험 보호 사무소");
    assertThat(mvc.perform(get("/persons/" + person).param("lang", "en").with(registrar)).andReturn().getResponse()
        .getContentAsString()).contains(office.office().name()).doesNotContain("시험 보호 사무소");
    assertThat(mvc.perform(get("/persons/" + person).param("lang", "zh").with(registrar)).andReturn().getResponse()
        .getContentAsString()).contains(office.office().name());
    mvc.perform(get("/api/offices").header("Accept-Language", "ko").with(registrar))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')].name").value("시험 보호 사무소"));

    name(office, Role.ADMIN, "ko", " ").andExpect(status().isNoContent()); // blank: no Korean name any more
    assertThat(mvc.perform(get("/persons/" + person).param("lang", "ko").with(registrar)).andReturn().getResponse()
        .getContentAsString()).contains(office.office().name());
  }

  private ResultActions name(Fixtures.Staffed office, Role role, String language, String name) throws Exception {
    return mvc.perform(put("/api/offices/" + office.office().id() + "/names/" + language)
        .with(user(fixtures.user(office.username(role)))).contentType(MediaType.APPLICATION_JSON)
        .content("{\"name\":\"" + name + "\"}"));
  }
}
