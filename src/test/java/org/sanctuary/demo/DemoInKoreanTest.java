package org.sanctuary.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sanctuary.access.internal.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's story read in Korean: the refused handover alert, the embassy case's channel, and a new
 * handover demand refused by the non-refoulement lock, each in Korean words rather than codes or
 * English. Runs on a database of its own, since it records a request (and so an alert) of its own.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demo-korean-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password="
    })
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DemoInKoreanTest {

  @Autowired MockMvc mvc;
  @Autowired SignIn signIn;

  @Test
  void aKoreanReaderReadsTheRefusedHandoverTheEmbassyCaseAndANewRefusalInKorean() throws Exception {
    String alerts = mvc.perform(get("/alerts").with(user(signIn.loadUserByUsername("supervisor"))).header("Accept-Language", "ko"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(alerts)
        .contains("체류국 당국의 인도 요청을 강제송환 금지 잠금에 따라 거부했습니다")
        .doesNotContain("HOST_AUTHORITY", "HANDOVER", "asked for");
    var registrar2 = user(signIn.loadUserByUsername("registrar2"));
    String embassyCase = mvc.perform(get("/api/cases").with(registrar2)).andReturn().getResponse().getContentAsString()
        .replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
    String timeline = mvc.perform(get("/cases/" + embassyCase).with(registrar2).header("Accept-Language", "ko"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(timeline).contains("<td>외교·영사 공관</td>").doesNotContain("DIPLOMATIC_PREMISES");

    // A member of the embassy family, whose claim is registered: another handover demand is refused in Korean.
    String member = mvc.perform(get("/api/persons").with(registrar2)).andReturn().getResponse().getContentAsString()
        .replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
    String refused = mvc.perform(post("/removal-requests").with(user(signIn.loadUserByUsername("protection_officer"))).with(csrf())
            .header("Accept-Language", "ko").param("personId", member).param("requester", "HOST_AUTHORITY")
            .param("kind", "HANDOVER").param("requestedOn", "2002-06-20"))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
    assertThat(refused)
        .contains("신청이 ‘등록됨’ 단계에 있습니다. 심사 중에는 송환할 수 없습니다.")
        .doesNotContain("no removal while it is pending");
  }
}
