package org.sanctuary.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sanctuary.SanctuaryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The API describes itself truthfully, and pages go out with strict security headers. */
@SanctuaryTest
class ApiDescriptionTest {

  @Autowired MockMvc mvc;

  @Test
  void everyOperationStatesItsPermissionAndItsProblemCodes() throws Exception {
    mvc.perform(get("/v3/api-docs").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("reader")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.paths['/api/persons/{id}'].put.description")
                .value(containsString("**Permission:** PERSON_REGISTER — roles: MONITOR, REGISTRAR")))
        .andExpect(jsonPath("$.paths['/api/persons/{id}'].put.responses['409'].description").value(containsString("STALE_VERSION")))
        .andExpect(jsonPath("$.paths['/api/persons/{id}'].get.responses['404']").value(notNullValue()))
        .andExpect(jsonPath("$.paths['/api/persons'].post.responses['400'].description").value(containsString("VALIDATION_FAILED")))
        .andExpect(jsonPath("$.paths['/api/audit/verify'].get.responses['403'].description").value(containsString("NOT_PERMITTED")))
        .andExpect(jsonPath("$.paths['/api/tokens'].post.description").value(containsString("anyone")));
  }

  @Test
  void eachTypeHasItsOwnSchemaIdsAreStringsRequiredFieldsAreMarkedAndCommandsNameTheirRoles() throws Exception {
    org.assertj.core.api.Assertions.assertThat(ApiTypes.clashes()).as("records sharing a schema name").isEmpty();
    String body = mvc.perform(get("/v3/api-docs").with(
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("reader")))
        .andReturn().getResponse().getContentAsString();
    tools.jackson.databind.JsonNode api = new tools.jackson.databind.json.JsonMapper().readTree(body);
    // The case's information step is documented with its own body, not the monitoring one.
    String information = api.at("/paths/~1api~1cases~1{id}~1information/post/requestBody/content/application~1json/schema/$ref").asString();
    tools.jackson.databind.JsonNode delivery = api.at("/components/schemas/" + information.substring(information.lastIndexOf('/') + 1));
    org.assertj.core.api.Assertions.assertThat(delivery.get("properties").has("language")).isTrue();
    org.assertj.core.api.Assertions.assertThat(delivery.get("properties").has("reportId")).isFalse();
    org.assertj.core.api.Assertions.assertThat(delivery.get("required").toString()).contains("version");
    // Identifiers are strings; what a case view always holds is required.
    tools.jackson.databind.JsonNode caseView = api.at("/components/schemas/CaseView");
    org.assertj.core.api.Assertions.assertThat(caseView.at("/properties/id/type").asString()).isEqualTo("string");
    org.assertj.core.api.Assertions.assertThat(caseView.at("/properties/office/type").asString()).isEqualTo("string");
    org.assertj.core.api.Assertions.assertThat(caseView.get("required").toString()).contains("\"state\"").contains("\"version\"")
        .doesNotContain("\"appealDeadline\"");
    // A command names the roles that may give it, from the table that enforces it.
    org.assertj.core.api.Assertions.assertThat(api.at("/paths/~1api~1cases~1{id}~1decision~1sign/post/description").asString())
        .contains("**Command:** SIGN_DECISION — roles that may give it: SUPERVISOR");
    org.assertj.core.api.Assertions.assertThat(api.at("/paths/~1api~1cases~1{id}~1referral/post/description").asString())
        .contains("roles that may give it: PROTECTION_OFFICER, SUPERVISOR");
  }

  @Test
  void everyCommandOnACaseTakesItsOwnRecordAsItsBody() throws Exception {
    Class<?> api = Class.forName("org.sanctuary.procedure.web.CaseApi");
    java.util.Map<org.sanctuary.procedure.Command, Class<?>> bodies = new java.util.EnumMap<>(org.sanctuary.procedure.Command.class);
    for (java.lang.reflect.Method endpoint : api.getDeclaredMethods()) {
      org.sanctuary.procedure.GivesCommand gives = endpoint.getAnnotation(org.sanctuary.procedure.GivesCommand.class);
      if (gives == null) {
        continue;
      }
      Class<?> body = java.util.Arrays.stream(endpoint.getParameters())
          .filter(p -> p.isAnnotationPresent(org.springframework.web.bind.annotation.RequestBody.class))
          .map(java.lang.reflect.Parameter::getType).findFirst().orElseThrow();
      bodies.put(gives.value(), body);
    }
    org.assertj.core.api.Assertions.assertThat(bodies.values()).as("one record per command").doesNotHaveDuplicates()
        .allSatisfy(body -> org.assertj.core.api.Assertions.assertThat(body.isRecord()).isTrue());
    bodies.forEach((command, body) -> org.assertj.core.api.Assertions.assertThat(
            command == org.sanctuary.procedure.Command.RECORD_INTENT || org.sanctuary.procedure.CaseStep.class.isAssignableFrom(body))
        .as("%s takes a step on a case", command).isTrue());
    org.assertj.core.api.Assertions.assertThat(org.sanctuary.procedure.CaseStep.class.getPermittedSubclasses())
        .as("every step record is a command's body").containsExactlyInAnyOrderElementsOf(
            bodies.values().stream().filter(org.sanctuary.procedure.CaseStep.class::isAssignableFrom).toList());
  }

  @Test
  void everyRefusalIsDescribedAsAProblemDocumentAndEveryClosedOperationCanAnswer401() throws Exception {
    String body = mvc.perform(get("/v3/api-docs").with(
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("reader")))
        .andReturn().getResponse().getContentAsString();
    tools.jackson.databind.JsonNode api = new tools.jackson.databind.json.JsonMapper().readTree(body);
    java.util.List<String> wrong = new java.util.ArrayList<>();
    api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      String name = op.getKey().toUpperCase() + " " + path.getKey();
      tools.jackson.databind.JsonNode responses = op.getValue().get("responses");
      boolean open = op.getValue().get("description").asString().contains("anyone, signed in or not");
      if (!open && !responses.has("401")) {
        wrong.add(name + " has no 401");
      }
      responses.properties().forEach(r -> {
        if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
          tools.jackson.databind.JsonNode schema = r.getValue().path("content").path("application/problem+json").path("schema");
          if (!"#/components/schemas/Problem".equals(schema.path("$ref").asString(""))) {
            wrong.add(name + " " + r.getKey() + " is not a problem document: " + r.getValue());
          }
        }
      });
    }));
    org.assertj.core.api.Assertions.assertThat(wrong).isEmpty();
    org.assertj.core.api.Assertions.assertThat(api.at("/components/schemas/Problem/properties/code")).isNotNull();
  }

  @Test
  void theSignInPageIsServedWithStrictSecurityHeaders() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andExpect(header().string("X-Frame-Options", "DENY"));
  }
}
