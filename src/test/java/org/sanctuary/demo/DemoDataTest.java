package org.sanctuary.demo;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.sanctuary.access.internal.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo tells the seed's story to whoever signs in: the six detained, the embassy family and its
 * case, a refused demand for a return with its alert, a child alone waiting for a guardian, and
 * offices that see only their own people. Runs on a database of its own.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demo-data-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password="
    })
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DemoDataTest {

  @Autowired MockMvc mvc;
  @Autowired SignIn signIn;

  @Test
  void theSupervisorSeesTheRefusedReturnAndTheChildWithoutAGuardian() throws Exception {
    mvc.perform(get("/api/alerts").with(user(signIn.loadUserByUsername("supervisor"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].kind").value(Matchers.containsInAnyOrder(
            "REMOVAL_ATTEMPT_REFUSED", "REMOVAL_ATTEMPT_REFUSED", "CHILD_WITHOUT_GUARDIAN")))
        .andExpect(jsonPath("$.items[?(@.kind=='REMOVAL_ATTEMPT_REFUSED')].detail").value(Matchers.hasItem(Matchers.containsString("HANDOVER"))));
  }

  @Test
  void theBeijingOfficeHasACaseInEveryStateOfTheProcedure() throws Exception {
    for (org.sanctuary.procedure.ClaimState state : org.sanctuary.procedure.ClaimState.values()) {
      mvc.perform(get("/api/cases?state=" + state).with(user(signIn.loadUserByUsername("supervisor"))))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(1)));
    }
  }

  @Test
  void theRecognisedFamilysDependantsHaveDerivativeStatusAndOneRejectionIsInsideItsAppealWindow() throws Exception {
    mvc.perform(get("/api/cases?state=RECOGNISED").with(user(signIn.loadUserByUsername("supervisor"))))
        .andExpect(jsonPath("$.total").value(1));
    String recognised = mvc.perform(get("/api/cases?state=RECOGNISED").with(user(signIn.loadUserByUsername("supervisor"))))
        .andReturn().getResponse().getContentAsString().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
    mvc.perform(get("/api/cases/" + recognised).with(user(signIn.loadUserByUsername("supervisor"))))
        .andExpect(jsonPath("$.derivatives[*].granted").value(Matchers.contains(true, true)));
    String rejected = mvc.perform(get("/api/cases?state=REJECTED_NOTIFIED").with(user(signIn.loadUserByUsername("supervisor"))))
        .andReturn().getResponse().getContentAsString().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
    String deadline = mvc.perform(get("/api/cases/" + rejected).with(user(signIn.loadUserByUsername("supervisor"))))
        .andReturn().getResponse().getContentAsString().replaceAll("(?s).*\"appealDeadline\":\"([0-9-]{10})\".*", "$1");
    org.assertj.core.api.Assertions.assertThat(java.time.LocalDate.parse(deadline)).isAfter(java.time.LocalDate.now());
  }

  @Test
  void theSixDetainedAreFollowedWithWhereaboutsUnknownAndTheBoyIsAboutTwoAndAHalf() throws Exception {
    mvc.perform(get("/api/groups?label=Six").with(user(signIn.loadUserByUsername("monitor"))))
        .andExpect(jsonPath("$.items[0].members").value(6));
    mvc.perform(get("/api/persons?name=김준").with(user(signIn.loadUserByUsername("monitor"))))
        .andExpect(jsonPath("$.items[0].dateOfBirth").value("about 2½ years old on 31 May 2002"));
  }

  @Test
  void theEmbassyRegistrarSeesOnlyTheEmbassyFamilyAndItsCase() throws Exception {
    var registrar2 = user(signIn.loadUserByUsername("registrar2"));
    mvc.perform(get("/api/persons").with(registrar2)).andExpect(jsonPath("$.total").value(4));
    mvc.perform(get("/api/cases").with(registrar2))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].fileNumber").value("EMB-2002-00001"))
        .andExpect(jsonPath("$.items[0].state").value("REGISTERED"));
  }

  @Test
  void aRoleTheAdministratorAsksForIsApprovedByTheSecondAdministrator() throws Exception {
    var admin = user(signIn.loadUserByUsername("admin"));
    String office = mvc.perform(get("/api/offices").with(admin)).andReturn().getResponse().getContentAsString()
        .replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\",\"code\":\"BJG\".*", "$1");
    mvc.perform(post("/api/users").with(admin).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .content("{\"username\":\"demo-newcomer\",\"displayName\":\"Newcomer\",\"password\":\"correct horse battery staple 42\","
                + "\"memberships\":[{\"officeId\":\"" + office + "\",\"roles\":[\"REGISTRAR\"]}]}"))
        .andExpect(status().isCreated());
    String grant = mvc.perform(get("/api/role-grants").with(admin)).andReturn().getResponse().getContentAsString()
        .replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\",\"userId\":\"[0-9a-f-]{36}\",\"username\":\"demo-newcomer\".*", "$1");
    mvc.perform(post("/api/role-grants/" + grant + "/approval").with(admin)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("SECOND_ADMINISTRATOR_REQUIRED"));
    mvc.perform(post("/api/role-grants/" + grant + "/approval").with(user(signIn.loadUserByUsername("admin2"))))
        .andExpect(status().is2xxSuccessful());
    mvc.perform(get("/api/persons").with(user(signIn.loadUserByUsername("demo-newcomer")))).andExpect(status().isOk());
  }

  @Test
  void everyAlertLeadsToWhatItIsAboutAndThePersonItNamesOpens() throws Exception {
    var supervisor = user(signIn.loadUserByUsername("supervisor"));
    String alerts = mvc.perform(get("/alerts").with(supervisor)).andReturn().getResponse().getContentAsString();
    java.util.regex.Matcher subjects = java.util.regex.Pattern.compile("class=\"subject\" href=\"(/[^\"#?]+)").matcher(alerts);
    int persons = 0;
    int rows = alerts.split("data-kind=").length - 1;
    int linked = 0;
    while (subjects.find()) {
      linked++;
      persons += subjects.group(1).startsWith("/persons/") ? 1 : 0;
      mvc.perform(get(subjects.group(1)).with(supervisor)).andExpect(status().isOk());
    }
    org.assertj.core.api.Assertions.assertThat(rows).as("the demo's open alerts").isPositive();
    org.assertj.core.api.Assertions.assertThat(linked).as("each alert links to its subject").isEqualTo(rows);
    org.assertj.core.api.Assertions.assertThat(persons).as("the refused handovers name persons").isPositive();
  }

  @Test
  void everyPageSaysItIsADemo() throws Exception {
    mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("DEMO")));
  }

  /**
   * For a case in every state and every demo role, the case page offers a form for exactly the
   * actions the engine allows (the API's actionsYouMayTake), and every form renders.
   */
  @Test
  void everyCasePageOffersExactlyTheActionsTheEngineAllowsToEachRole() throws Exception {
    java.util.regex.Pattern form = java.util.regex.Pattern.compile("data-command=\"([A-Z_]+)\"");
    int compared = 0;
    for (org.sanctuary.procedure.ClaimState state : org.sanctuary.procedure.ClaimState.values()) {
      String listed = mvc.perform(get("/api/cases?state=" + state).with(user(signIn.loadUserByUsername("supervisor"))))
          .andReturn().getResponse().getContentAsString();
      String id = listed.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
      for (org.sanctuary.access.Role role : org.sanctuary.access.Role.values()) {
        var reader = user(signIn.loadUserByUsername(role.name().toLowerCase(java.util.Locale.ROOT)));
        var api = mvc.perform(get("/api/cases/" + id).with(reader)).andReturn().getResponse();
        var page = mvc.perform(get("/cases/" + id).with(reader)).andReturn().getResponse();
        org.assertj.core.api.Assertions.assertThat(page.getStatus()).as("%s on %s", role, state).isEqualTo(api.getStatus());
        if (api.getStatus() != 200) {
          continue;
        }
        java.util.Set<String> engine = new java.util.TreeSet<>();
        java.util.regex.Matcher actions = java.util.regex.Pattern.compile("\"actionsYouMayTake\":\\[([^\\]]*)\\]").matcher(api.getContentAsString());
        if (actions.find()) {
          for (String command : actions.group(1).split(",")) {
            if (!command.isBlank()) {
              engine.add(command.replace("\"", ""));
            }
          }
        }
        java.util.Set<String> forms = new java.util.TreeSet<>();
        java.util.regex.Matcher m = form.matcher(page.getContentAsString());
        while (m.find()) {
          forms.add(m.group(1));
        }
        org.assertj.core.api.Assertions.assertThat(forms).as("forms for %s on a case %s", role, state).isEqualTo(engine);
        compared++;
      }
    }
    // Every state, each read by the six roles that read cases.
    org.assertj.core.api.Assertions.assertThat(compared).isEqualTo(org.sanctuary.procedure.ClaimState.values().length * 6);
  }
}
