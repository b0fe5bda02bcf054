package org.sanctuary.monitoring;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sanctuary.access.internal.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics on the 2002 demo: returns from Jilin in April and May are the Longjing returns (up
 * to 900) and the Tumen returns (up to 500), so at most 1,400, with the minimum unknown, not 0 and
 * not 1,400. Runs on the demo's own database.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demo-data-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password="
    })
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class MonitoringDemoStatisticsTest {

  @Autowired MockMvc mvc;
  @Autowired SignIn signIn;

  @Test
  void returnsFromJilinInAprilAndMayAreAtMost1400WithTheMinimumUnknown() throws Exception {
    String places = mvc.perform(get("/api/monitoring/places?name=吉林").with(user(signIn.loadUserByUsername("analyst"))))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    String jilin = places.replaceAll("(?s)^\\[\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");

    mvc.perform(get("/api/monitoring/statistics?from=2002-04-01&to=2002-05-31&actType=FORCED_RETURN&placeId=" + jilin)
            .with(user(signIn.loadUserByUsername("monitor"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.place").value("Jilin"))
        .andExpect(jsonPath("$.within.total.events").value(2))
        .andExpect(jsonPath("$.within.total.maxVictims").value(1400))
        .andExpect(jsonPath("$.within.total.minVictims").doesNotExist())
        .andExpect(jsonPath("$.within.total.eventsWithoutNumber").value(0))
        .andExpect(jsonPath("$.events[*].title").value(containsInAnyOrder(
            "Forced returns from Longjing", "Returns across the Tumen, in open trucks every two or three days")))
        .andExpect(jsonPath("$.events[*].count").value(containsInAnyOrder("up to 900", "up to 500")))
        .andExpect(jsonPath("$.within.byVerification[0].key").value("LIKELY"))
        .andExpect(jsonPath("$.timeline.buckets[*].key").value(containsInAnyOrder("2002-04", "2002-05")))
        // By place: the places one level under Jilin, each with everything under it.
        .andExpect(jsonPath("$.within.byPlace[*].key").value(containsInAnyOrder("Yanbian")))
        .andExpect(jsonPath("$.within.byPlace[?(@.key=='Yanbian')].maxVictims").value(1400))
        .andExpect(jsonPath("$.within.byActType[0].key").value("FORCED_RETURN"))
        .andExpect(jsonPath("$.within.byActType[0].maxVictims").value(1400));

    String yanbian = mvc.perform(get("/api/monitoring/places?name=Yanbian").with(user(signIn.loadUserByUsername("monitor"))))
        .andReturn().getResponse().getContentAsString().replaceAll("(?s)^\\[\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    // The page goes down a level from each place listed: Jilin's figures link to Yanbian's.
    String page = mvc.perform(get("/monitoring/statistics?from=2002-04-01&to=2002-05-31&actType=FORCED_RETURN&placeId=" + jilin)
            .with(user(signIn.loadUserByUsername("monitor"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    org.assertj.core.api.Assertions.assertThat(page).contains("placeId=" + yanbian + "\">Yanbian</a>");
    mvc.perform(get("/api/monitoring/statistics?from=2002-04-01&to=2002-05-31&actType=FORCED_RETURN&placeId=" + yanbian)
            .with(user(signIn.loadUserByUsername("monitor"))))
        .andExpect(jsonPath("$.place").value("Yanbian"))
        .andExpect(jsonPath("$.placesBelow.Longjing").exists())
        .andExpect(jsonPath("$.within.byPlace[*].key").value(containsInAnyOrder("Longjing", "Tumen")))
        .andExpect(jsonPath("$.within.byPlace[?(@.key=='Longjing')].maxVictims").value(900));

    mvc.perform(get("/api/monitoring/statistics?from=2002-04-01&to=2002-05-31&actType=FORCED_RETURN&format=csv&placeId=" + jilin)
            .with(user(signIn.loadUserByUsername("monitor"))))
        .andExpect(content().string(containsString("within,total,all,2,unknown,1400,0")));
    // Two events are a small cell: the analyst, who may not read them one by one, sees it suppressed.
    mvc.perform(get("/api/monitoring/statistics?from=2002-04-01&to=2002-05-31&actType=FORCED_RETURN&placeId=" + jilin)
            .with(user(signIn.loadUserByUsername("analyst"))))
        .andExpect(jsonPath("$.within.total.suppressed").value(true))
        .andExpect(jsonPath("$.events").isEmpty());
  }

  @Test
  void theSixDetainedNamedOneByOneCountAsExactlySix() throws Exception {
    String places = mvc.perform(get("/api/monitoring/places?name=China").with(user(signIn.loadUserByUsername("monitor"))))
        .andReturn().getResponse().getContentAsString();
    String china = places.replaceAll("(?s)^\\[\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    mvc.perform(get("/api/monitoring/statistics?from=2002-05-01&to=2002-06-30&actType=DETENTION&placeId=" + china)
            .with(user(signIn.loadUserByUsername("monitor"))))
        .andExpect(jsonPath("$.within.total.events").value(1))
        .andExpect(jsonPath("$.within.total.eventsWithoutNumber").value(0))
        .andExpect(jsonPath("$.within.total.minVictims").value(6))
        .andExpect(jsonPath("$.within.total.maxVictims").value(6));
  }

  @Test
  void theMonitoringHomeShowsTheSixOfUnknownWhereaboutsAndTheUnansweredLetterToThePremier() throws Exception {
    mvc.perform(get("/api/monitoring/persons-of-concern?whereaboutsUnknown=true").with(user(signIn.loadUserByUsername("monitor"))))
        .andExpect(jsonPath("$.total").value(6))
        .andExpect(jsonPath("$.items[*].fate").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("UNKNOWN"))));
    mvc.perform(get("/api/monitoring/interventions?overdue=true").with(user(signIn.loadUserByUsername("monitor"))))
        .andExpect(jsonPath("$.items[0].addressee").value(containsString("Premier Zhu Rongji")))
        .andExpect(jsonPath("$.items[0].response").value("NONE"));
    mvc.perform(get("/monitoring").with(user(signIn.loadUserByUsername("monitor"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("김준")))
        .andExpect(content().string(containsString("Premier Zhu Rongji")));
  }

  @Test
  void victimsAreNamedInAnExportOnlyWithARecordedPurpose() throws Exception {
    mvc.perform(get("/api/monitoring/export").with(user(signIn.loadUserByUsername("monitor"))))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("김준"))))
        .andExpect(content().string(containsString("\"victim\":\"V-")));
    mvc.perform(get("/api/monitoring/export?purpose=Submission+to+the+special+rapporteur").with(user(signIn.loadUserByUsername("monitor"))))
        .andExpect(jsonPath("$.identitiesIncluded").value(true))
        .andExpect(content().string(containsString("김준")));
  }

  @Test
  void theDemosThreeListsOfReturneesAreLinkedIntoFewerPeopleAndEveryMethodEstimatesThoseNoneRecorded() throws Exception {
    String page = mvc.perform(get("/monitoring/estimates").with(user(signIn.loadUserByUsername("analyst"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    java.util.List<String> lists = java.util.regex.Pattern.compile("name=\"list\" value=\"([0-9a-f-]{36})\"").matcher(page)
        .results().map(m -> m.group(1)).toList();
    org.assertj.core.api.Assertions.assertThat(lists).hasSize(3);
    String body = mvc.perform(get("/api/monitoring/estimates").param("list", lists.get(0)).param("list", lists.get(1))
            .param("list", lists.get(2)).with(user(signIn.loadUserByUsername("analyst"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.undecidedPairs").value(2))
        .andExpect(jsonPath("$.models[0].lower").exists())
        .andExpect(jsonPath("$.latentClasses.median").exists())
        .andReturn().getResponse().getContentAsString();
    tools.jackson.databind.JsonNode estimates = new tools.jackson.databind.json.JsonMapper().readTree(body);
    // Each invented person is written once per list in another script: confirmed links make them one.
    org.assertj.core.api.Assertions.assertThat(estimates.get("people").asLong()).isLessThan(estimates.get("records").asLong());
    org.assertj.core.api.Assertions.assertThat(estimates.at("/models/0/estimate").asDouble())
        .isGreaterThanOrEqualTo(estimates.get("people").asDouble());
  }
}
