package org.sanctuary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * On the demo's data, every role reads every page it can reach by following links, in English, Korean
 * and Chinese: each answers 200, and its visible text holds no message key left unresolved (Thymeleaf
 * writes {@code ??key_ko??}) and no raw code of the domain (an enum's name such as
 * {@code HOST_AUTHORITY} or {@code FORCED_RETURN}) where the reader should read words. The browser
 * crawl (PhoneFitJourneyTest) checks layout and accessibility; this one checks the words, cheaply.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:every-page-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password="
    })
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class EveryPageInEveryLanguageTest {

  private static final int PAGES = 80;
  /** An enum's name as the code writes it: capitals joined by underscores. */
  private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b");
  private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[\\w.]+_(?:en|ko|zh)\\w*\\?\\?");
  private static final Pattern LINK = Pattern.compile("href=\"(/[^\"]*)\"");

  @Autowired MockMvc mvc;
  @Autowired SignIn signIn;

  static java.util.stream.Stream<Arguments> rolesAndLanguages() {
    return java.util.Arrays.stream(Role.values())
        .flatMap(role -> java.util.stream.Stream.of("en", "ko", "zh").map(language -> Arguments.of(role, language)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("rolesAndLanguages")
  void everyPageAnswersAndSaysItsWordsInTheReadersLanguage(Role role, String language) throws Exception {
    var reader = user(signIn.loadUserByUsername(role.name().toLowerCase(Locale.ROOT)));
    Deque<String> next = new ArrayDeque<>(List.of("/"));
    Set<String> seen = new LinkedHashSet<>(next);
    Map<String, Integer> readOfKind = new HashMap<>();
    List<String> wrong = new ArrayList<>();
    int read = 0;
    while (!next.isEmpty() && read < PAGES) {
      String path = next.poll();
      if (readOfKind.merge(kind(path), 1, Integer::sum) > 2) {
        continue;
      }
      MockHttpServletResponse page = mvc.perform(get(path).with(reader).header("Accept-Language", language))
          .andReturn().getResponse();
      read++;
      if (page.getStatus() != 200) {
        wrong.add(path + " answers " + page.getStatus());
        continue;
      }
      if (page.getContentType() == null || !page.getContentType().startsWith("text/html")) {
        continue;
      }
      String html = page.getContentAsString();
      String text = visibleText(html);
      Matcher unresolved = UNRESOLVED.matcher(html);
      if (unresolved.find()) {
        wrong.add(path + " leaves a message key unresolved: " + unresolved.group());
      }
      Matcher code = RAW_CODE.matcher(text);
      if (code.find()) {
        int from = Math.max(0, code.start() - 60);
        wrong.add(path + " shows the code " + code.group() + " in: …" + text.substring(from, Math.min(text.length(), code.end() + 30)) + "…");
      }
      Matcher links = LINK.matcher(html);
      while (links.find()) {
        String target = links.group(1).replace("&amp;", "&").replaceAll("#.*", "");
        if (!target.startsWith("/logout") && !target.startsWith("/api/") && !target.startsWith("/swagger")
            && !target.startsWith("/css/") && !target.startsWith("/js/") && !target.startsWith("/webjars/")
            && !target.endsWith(".pdf") && !target.endsWith(".csv") && !target.contains("format=")
            && !target.contains("lang=") && seen.add(target)) {
          next.add(target);
        }
      }
    }
    assertThat(read).as("pages read").isGreaterThan(1);
    assertThat(wrong).as("pages of %s in %s (%d read)", role, language, read).isEmpty();
  }

  /** The text a reader sees: no scripts, styles, tags or attributes, nor text marked as code. */
  private static String visibleText(String html) {
    // Text marked as code (the codes a form's syntax asks for, shown with their words) is meant as code.
    return html.replaceAll("(?is)<(script|style|code)[^>]*>.*?</\\1>", " ")
        .replaceAll("(?s)<!--.*?-->", " ")
        .replaceAll("(?s)<[^>]+>", " ")
        .replace("&nbsp;", " ")
        .replaceAll("\\s+", " ");
  }

  /** A page's path with identifiers taken out: pages of one kind are read at most twice. */
  private static String kind(String path) {
    return path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}").replaceAll("\\?.*", "?");
  }
}
