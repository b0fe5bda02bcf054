package org.sanctuary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.access.Role;
import org.sanctuary.shared.ProblemWording;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A field problem the rules name in English reads in Korean or Chinese on a page whose reader chose
 * that language: every problem written as fixed words in the code has its words in both, and a page
 * shows them; the API keeps English.
 */
@SanctuaryTest
class ProblemWordingTest {

  /** Field problems given as fixed words: new FieldProblem(f, "…"), ValidationFailed.of(f, "…"), Problems' checks. */
  private static final Pattern FIXED = Pattern.compile("(?:new FieldProblem\\(\\s*[^,]+,\\s*|ValidationFailed\\.of\\(\\s*[^,]+,\\s*"
      + "|\\.required\\(\\s*\"[^\"]+\",\\s*[^,]+,\\s*|\\.text\\(\\s*\"[^\"]+\",\\s*[^,]+,\\s*|\\.when\\([^;]*?,\\s*\"[^\"]+\",\\s*"
      + "|errors\\.put\\(\\s*[^,]+,\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  @Test
  void everyFieldProblemWrittenAsFixedWordsHasThemInKoreanAndChinese() throws IOException {
    TreeSet<String> problems = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = FIXED.matcher(Files.readString(source));
        while (m.find()) {
          problems.add(m.group(1).replace("\\\"", "\""));
        }
      }
    }
    assertThat(problems).hasSizeGreaterThan(100);
    for (String language : List.of("ko", "zh")) {
      Properties words = new Properties();
      try (var in = new InputStreamReader(
          getClass().getResourceAsStream("/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
        words.load(in);
      }
      List<String> missing = new ArrayList<>();
      problems.stream().filter(p -> !words.containsKey(ProblemWording.key(p))).forEach(missing::add);
      assertThat(missing).as("field problems without words in %s", language).isEmpty();
    }
  }

  @Test
  void aKoreanReaderReadsAnUnreadableDateOfBirthInKoreanAndTheApiSaysItInEnglish() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    var registrar = user(fixtures.user(office.username(Role.REGISTRAR)));
    String korean = mvc.perform(get("/persons").param("q", "김").param("born", "Smarch").param("lang", "ko").with(registrar))
        .andReturn().getResponse().getContentAsString();
    assertThat(korean).contains("생년월일이 아닙니다 (1980, 1980-05, circa 1980)").doesNotContain("is not a date of birth");
    String chinese = mvc.perform(get("/persons").param("q", "김").param("born", "Smarch").param("lang", "zh").with(registrar))
        .andReturn().getResponse().getContentAsString();
    assertThat(chinese).contains("不是出生日期");
    String api = mvc.perform(get("/api/persons/matches").param("q", "김").param("born", "Smarch")
            .header("Accept-Language", "ko").with(registrar))
        .andReturn().getResponse().getContentAsString();
    assertThat(api).contains("is not a date of birth");
  }
}
