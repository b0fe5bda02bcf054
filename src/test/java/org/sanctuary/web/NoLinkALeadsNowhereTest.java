package org.sanctuary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctuary.access.Role;
import org.sanctuary.access.internal.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On the demo's data, every role signs in and follows every link of the application it is shown,
 * from the home page on, in English, Korean and Chinese (as its browser asks): none leads to a
 * refusal, a missing page or an error, no page asks for a message the bundle does not hold, and no
 * page shows a code of the program (an action, a channel, a relation) where words belong. A page shows
 * only the links its reader may open.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demo-crawl-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password="
    })
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class NoLinkALeadsNowhereTest {

  /** Pages a role reads at most: enough to reach every kind of page of the demo. */
  private static final int PAGES = 250;
  private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"(/[^\"#]*)");
  /** A message the page asked for and the bundle does not hold, as Thymeleaf writes it. */
  private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.]+_\\w*\\?\\?");
  /** A code of the program shown as it is stored (HOST_AUTHORITY, PENDING_CLAIM_NON_REFOULEMENT) instead of in words. */
  private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b");
  /** What a reader does not see as text: scripts, styles, codes shown as codes on purpose, and the markup itself. */
  private static final Pattern HIDDEN = Pattern.compile("(?is)<script\\b.*?</script>|<style\\b.*?</style>|<code\\b.*?</code>|<[^>]*>");

  @Autowired MockMvc mvc;
  @Autowired SignIn signIn;

  static java.util.stream.Stream<Arguments> rolesAndLanguages() {
    return java.util.stream.Stream.of("en", "ko", "zh")
        .flatMap(language -> java.util.Arrays.stream(Role.values()).map(role -> Arguments.of(role, language)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("rolesAndLanguages")
  void everyLinkARoleIsShownOpens(Role role, String language) throws Exception {
    var account = user(signIn.loadUserByUsername(role.name().toLowerCase(java.util.Locale.ROOT)));
    Deque<String> next = new ArrayDeque<>(List.of("/"));
    Set<String> seen = new LinkedHashSet<>(next);
    List<String> broken = new ArrayList<>();
    int read = 0;
    while (!next.isEmpty() && read < PAGES) {
      String page = next.poll();
      read++;
      MockHttpServletResponse response = mvc.perform(get(page).with(account).header("Accept-Language", language))
          .andReturn().getResponse();
      int status = response.getStatus();
      if (status >= 400) {
        broken.add(status + " " + page);
        continue;
      }
      String type = response.getContentType();
      if (status != 200 || type == null || !type.startsWith("text/html")) {
        continue;
      }
      String html = response.getContentAsString();
      Matcher missing = MISSING_MESSAGE.matcher(html);
      if (missing.find()) {
        broken.add("message " + missing.group() + " on " + page);
      }
      Set<String> codes = new java.util.TreeSet<>();
      Matcher raw = RAW_CODE.matcher(HIDDEN.matcher(html).replaceAll(" "));
      while (raw.find()) {
        codes.add(raw.group());
      }
      if (!codes.isEmpty()) {
        broken.add("codes " + codes + " shown as they are stored on " + page);
      }
      Matcher link = LINK.matcher(html);
      while (link.find()) {
        String target = link.group(1).replace("&amp;", "&");
        // Signing out and the API (programs, with tokens) are not pages to follow.
        if (!target.startsWith("/logout") && !target.startsWith("/api/") && !target.startsWith("/swagger") && seen.add(target)) {
          next.add(target);
        }
      }
    }
    assertThat(broken).as("links shown to %s in %s that do not open, or words missing (%d pages read)", role, language, read).isEmpty();
  }
}
