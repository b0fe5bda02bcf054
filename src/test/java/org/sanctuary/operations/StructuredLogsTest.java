package org.sanctuary.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctuary.Fixtures;
import org.sanctuary.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * In production the logs are one JSON object per line (Elastic Common Schema) for a log collector,
 * and they never carry a person's data: registering, refusing, reading and searching a person, and a
 * request that fails, leave no name, no date of birth and no record id in them.
 */
@SpringBootTest(properties = {"logging.structured.format.console=ecs", "logging.level.org.sanctuary=DEBUG"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JsonMapper json;

  @Test
  void everyLineIsJsonAndNoneNamesAPerson(CapturedOutput output) throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    var registrar = user(fixtures.user(office.username(Role.REGISTRAR)));
    String body = "{\"officeId\":\"" + office.office().id() + "\",\"sex\":\"FEMALE\",\"dateOfBirth\":\"1967-04-13\","
        + "\"names\":[{\"script\":\"HANGUL\",\"value\":\"독고순애\",\"primary\":true}]}";
    String created = mvc.perform(post("/api/persons").with(registrar).contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn().getResponse().getContentAsString();
    String id = json.readTree(created).get("id").asString();
    mvc.perform(post("/api/persons").with(registrar).contentType(MediaType.APPLICATION_JSON).content(body)); // possibly known
    mvc.perform(post("/api/persons").with(registrar).contentType(MediaType.APPLICATION_JSON)
        .content(body.replace("1967-04-13", "13 Smarch 1967"))); // refused field
    mvc.perform(get("/api/persons/" + id).with(registrar));
    mvc.perform(get("/api/persons/matches").param("q", "Tokko Sunae").with(registrar));
    mvc.perform(get("/api/persons/" + id + "/nothing-here").with(registrar));

    List<String> lines = output.getOut().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      assertThat(json.readTree(line).has("@timestamp")).as("an ECS line: %s", line).isTrue();
    }
    assertThat(output.getAll()).doesNotContain("독고순애").doesNotContain("Tokko").doesNotContain("1967-04-13")
        .doesNotContain("Smarch").doesNotContain(id);
  }
}
