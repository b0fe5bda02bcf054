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
    mvc.perform(get("/v3/api-docs"))
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
  void theSignInPageIsServedWithStrictSecurityHeaders() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andExpect(header().string("X-Frame-Options", "DENY"));
  }
}
