package org.sanctuary.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctuary.access.internal.SignIn;
import org.sanctuary.web.ListWalks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * An API client walks every list of the demo to its end by position ({@code after=} the page before's
 * {@code next}): it meets every item once, in the order the numbered pages give. A position that is
 * not one, or one given with a page number, is refused on {@code after}. The audit trail grows with
 * every request of the walk, and the walk by position still meets each entry once.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demo-data-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password="
    })
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class EveryListWalksByPositionTest {

  @Autowired MockMvc mvc;
  @Autowired SignIn signIn;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;

  @Test
  void everyListWalkedByPositionGivesEveryItemOnceInTheOrderOfItsPages() throws Exception {
    String person = json.readTree(call("registrar", "/api/persons?size=1")).get("items").get(0).get("id").asString();
    String beijing = jdbc.sql("SELECT id FROM office WHERE code = 'BJG'").query(String.class).single();
    // Lists with more than one page of two in the demo, and the others.
    List<String[]> longer = List.of(
        new String[] {"supervisor", "/api/cases"},
        new String[] {"registrar", "/api/persons"},
        new String[] {"monitor", "/api/monitoring/events"},
        new String[] {"monitor", "/api/monitoring/reports"},
        new String[] {"monitor", "/api/monitoring/persons-of-concern"},
        new String[] {"admin", "/api/users"},
        new String[] {"supervisor", "/api/alerts"});
    List<String[]> others = List.of(
        new String[] {"supervisor", "/api/cases?state=REJECTED_NOTIFIED"},
        new String[] {"monitor", "/api/monitoring/persons-of-concern?whereaboutsUnknown=true"},
        new String[] {"monitor", "/api/monitoring/interventions"},
        new String[] {"monitor", "/api/monitoring/interventions?overdue=true"},
        new String[] {"analyst", "/api/monitoring/saved-estimates"},
        new String[] {"admin", "/api/role-grants"},
        new String[] {"registrar", "/api/groups"},
        new String[] {"registrar", "/api/offices/" + beijing + "/link-candidates"});
    for (String[] list : longer) {
      assertThat(walkedByPosition(list[0], list[1])).as(list[1]).isEqualTo(walkedByNumber(list[0], list[1])).hasSizeGreaterThan(2);
    }
    for (String[] list : others) {
      assertThat(walkedByPosition(list[0], list[1])).as(list[1]).isEqualTo(walkedByNumber(list[0], list[1]));
    }
    // Every request above added to the trail and to the person's access log: by position, nothing shifts.
    assertEveryEntryOnceLatestFirst(walkedByPosition("auditor", "/api/audit/entries"));
    assertEveryEntryOnceLatestFirst(walkedByPosition("supervisor", "/api/persons/" + person + "/access-log"));
  }

  @Test
  void aPositionThatIsNotOneOrComesWithAPageNumberIsRefusedOnAfter() throws Exception {
    String first = json.readTree(call("supervisor", "/api/cases?size=2")).get("next").asString();
    for (String wrong : List.of("/api/cases?after=not-a-position", "/api/cases?after=" + first + "&page=1",
        "/api/monitoring/events?after=" + first)) {
      MockHttpServletResponse response = mvc.perform(get(wrong).with(user(signIn.loadUserByUsername("supervisor"))))
          .andReturn().getResponse();
      assertThat(response.getStatus()).as(wrong).isEqualTo(400);
      assertThat(response.getContentAsString()).as(wrong).contains("after");
    }
  }

  private void assertEveryEntryOnceLatestFirst(List<String> entries) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (String entry : entries) {
      ids.add(json.readTree(entry).get("id").asLong());
    }
    assertThat(ids).hasSizeGreaterThan(2);
    for (int i = 1; i < ids.size(); i++) {
      assertThat(ids.get(i)).isLessThan(ids.get(i - 1));
    }
  }

  private List<String> walkedByNumber(String username, String path) throws Exception {
    return walks().byNumber(username, path);
  }

  private List<String> walkedByPosition(String username, String path) throws Exception {
    return walks().byPosition(username, path);
  }

  private String call(String username, String path) throws Exception {
    return walks().call(username, path);
  }

  private ListWalks walks() {
    return new ListWalks(mvc, json, signIn::loadUserByUsername);
  }
}
