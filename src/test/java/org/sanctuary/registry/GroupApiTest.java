package org.sanctuary.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Registration groups over the API: a family registered once, kept within its office. */
@SanctuaryTest
class GroupApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  private Fixtures.Staffed office;
  private PersonId father;
  private PersonId daughter;

  @BeforeEach
  void aFamilyOfTwo() {
    office = fixtures.anOfficeWithEveryRole();
    father = fixtures.aPersonAt(office, "한성민");
    daughter = fixtures.aPersonAt(office, "한은별");
  }

  @Test
  void aHouseholdIsRegisteredWithTypedLinksAndRevisedWithItsVersion() throws Exception {
    String created =
        mvc.perform(
                post("/api/groups")
                    .with(as(Role.REGISTRAR))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(group(office, "HOUSEHOLD", null, father, daughter)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.links[0].relation").value("PARENT"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = created.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");

    mvc.perform(put("/api/groups/" + id).with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content(group(office, "TRAVELLING_GROUP", 0L, father, daughter)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("TRAVELLING_GROUP"))
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(put("/api/groups/" + id).with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content(group(office, "HOUSEHOLD", 0L, father, daughter)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("STALE_VERSION"));
    mvc.perform(get("/api/persons/" + father).with(as(Role.ELIGIBILITY_OFFICER)))
        .andExpect(jsonPath("$.groups[0].label").value("Han family"));
  }

  @Test
  void aPersonOfAnotherOfficeCannotBeMadeAMember() throws Exception {
    Fixtures.Staffed other = fixtures.anOfficeWithEveryRole();
    PersonId outsider = fixtures.aPersonAt(other, "김영호");

    mvc.perform(post("/api/groups").with(as(Role.REGISTRAR)).contentType(MediaType.APPLICATION_JSON)
            .content(group(office, "HOUSEHOLD", null, father, outsider)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("members"));
  }

  private RequestPostProcessor as(Role role) {
    return user(fixtures.user(office.username(role)));
  }

  private static String group(Fixtures.Staffed office, String kind, Long version, PersonId parent, PersonId child) {
    return """
        {"officeId":"%s","label":"Han family","kind":"%s",%s
         "members":["%s","%s"],"links":[{"from":"%s","to":"%s","relation":"PARENT"}]}
        """
        .formatted(office.office().id(), kind, version == null ? "" : "\"version\":" + version + ",",
            parent, child, parent, child);
  }
}
