package org.sanctuary.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Programs keep tokens, but a user whose roles require a second factor gets one only once enrolled,
 * and a user with a second factor only with its code; an administrator resets a lost second factor.
 */
@SpringBootTest(properties = "sanctuary.access.two-factor-roles=ADMIN,SUPERVISOR,MONITOR,PROTECTION_OFFICER")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TwoFactorApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccessPolicy access;
  @Autowired TwoFactor twoFactor;

  @Test
  void aTokenNeedsAnEnrolmentWhereTheRoleRequiresOneAndThenTheCode() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    String monitor = office.username(Role.MONITOR);
    issue(monitor, null).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("SECOND_FACTOR_ENROLMENT_REQUIRED"));
    issue(office.username(Role.REGISTRAR), null).andExpect(status().isCreated());

    String secret = access.actingAs(monitor, () -> twoFactor.begin().secret());
    String first = code(secret, 0);
    List<String> recovery = access.actingAs(monitor, () -> twoFactor.confirm(first));

    issue(monitor, null).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("SECOND_FACTOR_REQUIRED"));
    issue(monitor, "123456").andExpect(status().isUnauthorized());
    issue(monitor, code(secret, 1)).andExpect(status().isCreated());
    issue(monitor, code(secret, 1)).andExpect(status().isUnauthorized()); // a code is accepted once
    issue(monitor, recovery.get(3)).andExpect(status().isCreated());
    issue(monitor, recovery.get(3)).andExpect(status().isUnauthorized());

    String id = fixtures.user(monitor) instanceof org.sanctuary.access.internal.SignedInUser u ? u.actor().userId().toString() : "";
    mvc.perform(post("/api/users/" + id + "/two-factor-reset").with(user(fixtures.user(office.username(Role.ADMIN)))))
        .andExpect(status().isNoContent());
    issue(monitor, null).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("SECOND_FACTOR_ENROLMENT_REQUIRED"));
  }

  private ResultActions issue(String username, String code) throws Exception {
    return mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + username
        + "\",\"password\":\"" + Fixtures.PASSWORD + "\"" + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}"));
  }

  private static String code(String secret, int ahead) throws Exception {
    return new DefaultCodeGenerator().generate(secret, System.currentTimeMillis() / 1000 / 30 + ahead);
  }
}
