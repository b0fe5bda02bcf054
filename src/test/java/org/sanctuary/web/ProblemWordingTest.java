package org.sanctuary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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

  /**
   * Problems whose words hold values, given as a template and the values: FieldProblem.of(f, "…{0}…", v),
   * ValidationFailed.of(f, "…{0}…", v), new UnreadableValue("…{0}…", v) (a template may run over several
   * string literals joined with +).
   */
  private static final Pattern TEMPLATE = Pattern.compile("(?:FieldProblem\\.of\\(\\s*[^,]+,\\s*|ValidationFailed\\.of\\(\\s*[^,]+,\\s*"
      + "|new UnreadableValue\\(\\s*|ProblemWording\\.key\\(\\s*)((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+)[,)]");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  @Test
  void everyFieldProblemWrittenAsFixedWordsHasThemInKoreanAndChinese() throws IOException {
    TreeSet<String> problems = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = Files.readString(source);
        Matcher m = FIXED.matcher(code);
        while (m.find()) {
          problems.add(m.group(1).replace("\\\"", "\""));
        }
        Matcher t = TEMPLATE.matcher(code);
        while (t.find()) {
          String joined = t.group(1).strip().replaceAll("\"\\s*\\+\\s*\"", "");
          if (joined.endsWith("+")) {
            continue; // a message built from a value: not a template
          }
          problems.add(joined.substring(1, joined.length() - 1).replace("\\\"", "\""));
        }
      }
    }
    assertThat(problems).hasSizeGreaterThan(100)
        .contains("cannot read \"{0}\" as a date (try 2002-05-13, 13 June 2002, April 2002, end of May 2002, early 2002, spring 2002,"
            + " before June 2002, circa 1999)", "is longer than {0} characters", "is not written in {0} script");
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
  void aProblemThatHoldsWhatWasTypedReadsInTheReadersLanguageWithTheTypedWordsInIt() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    var registrar = user(fixtures.user(office.username(Role.REGISTRAR)));
    String korean = mvc.perform(post("/persons").param("lang", "ko").with(registrar).with(csrf())
            .param("officeId", office.office().id().toString())
            .param("names[0].script", "HANGUL").param("names[0].value", "Kim Young-hee").param("primaryName", "0")
            .param("sex", "FEMALE").param("dateOfBirth", "the year of the famine"))
        .andReturn().getResponse().getContentAsString();
    assertThat(korean)
        .contains("&quot;the year of the famine&quot;을(를) 날짜로 읽을 수 없습니다")
        .contains("한글(으)로 쓰여 있지 않습니다")
        .doesNotContain("cannot read &quot;the year of the famine&quot;").doesNotContain("is not written in");
    String api = mvc.perform(post("/api/persons").header("Accept-Language", "ko").with(registrar).with(csrf())
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .content("{\"officeId\":\"" + office.office().id() + "\",\"names\":[{\"script\":\"HANGUL\",\"value\":\"Kim Young-hee\"}],"
                + "\"primaryName\":0,\"sex\":\"FEMALE\",\"dateOfBirth\":\"the year of the famine\"}"))
        .andReturn().getResponse().getContentAsString();
    assertThat(api).contains("cannot read \\\"the year of the famine\\\" as a date").contains("is not written in HANGUL script");
  }

  @Test
  void aKoreanReaderReadsAnUnreadableDateOfBirthInKoreanAndTheApiSaysItInEnglish() throws Exception {
    Fixtures.Staffed office = fixtures.anOfficeWithEveryRole();
    var registrar = user(fixtures.user(office.username(Role.REGISTRAR)));
    String korean = mvc.perform(get("/persons").param("q", "김").param("born", "Smarch").param("lang", "ko").with(registrar))
        .andReturn().getResponse().getContentAsString();
    assertThat(korean).contains("생년월일이 아닙니다 (1980, 1980-05, 1980년경)").doesNotContain("is not a date of birth");
    String chinese = mvc.perform(get("/persons").param("q", "김").param("born", "Smarch").param("lang", "zh").with(registrar))
        .andReturn().getResponse().getContentAsString();
    assertThat(chinese).contains("不是出生日期");
    String api = mvc.perform(get("/api/persons/matches").param("q", "김").param("born", "Smarch")
            .header("Accept-Language", "ko").with(registrar))
        .andReturn().getResponse().getContentAsString();
    assertThat(api).contains("is not a date of birth");
    // The example the Korean words give is one the search reads.
    assertThat(mvc.perform(get("/api/persons/matches").param("q", "김").param("born", "1980년경").with(registrar))
        .andReturn().getResponse().getStatus()).isEqualTo(200);
  }
}
