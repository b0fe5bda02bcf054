package org.sanctuary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanctuary.SanctuaryTest;
import org.sanctuary.procedure.Refusal;
import org.sanctuary.procedure.Transitions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A refusal for a missing step or a step already taken ("The case has no interview record yet.")
 * reads in the page reader's language: every such refusal the procedure gives names its words, and
 * they exist in English, Korean and Chinese, with what it is about (a dependant, say) in them.
 */
@SanctuaryTest
class RefusalWordsTest {

  private static final Pattern GIVEN = Pattern.compile(
      "(?:Transitions\\.(?:missingPrerequisite|alreadyDone)\\((?:[^;\"]|\"[^\"]*\")*?|require\\([^;]*?,\\s*\"[^\"]*\"),\\s*\"(\\w+)\"");

  @Autowired Wordings wordings;

  @Test
  void everyRefusalForAMissingOrRepeatedStepHasItsWordsInEveryLanguage() throws Exception {
    TreeSet<String> keys = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/sanctuary/procedure"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = GIVEN.matcher(Files.readString(source));
        while (m.find()) {
          keys.add("refusal." + m.group(1));
        }
      }
    }
    assertThat(keys).contains("refusal.noInterviewRecord", "refusal.dependantHasOwnClaim", "refusal.noDraft", "refusal.noAppeal").hasSizeGreaterThanOrEqualTo(15);
    for (String language : List.of("", "_ko", "_zh")) {
      Properties words = new Properties();
      try (var in = new InputStreamReader(getClass().getResourceAsStream("/messages" + language + ".properties"), StandardCharsets.UTF_8)) {
        words.load(in);
      }
      List<String> missing = new ArrayList<>(keys.stream().filter(k -> !words.containsKey(k)).toList());
      assertThat(missing).as("refusals without words in messages%s", language).isEmpty();
    }
  }

  @Test
  void aKoreanReaderReadsWhichDependantAlreadyClaimedInKorean() {
    Refusal refused = Transitions.alreadyDone("dependant P-7 lodged a claim of their own", "dependantHasOwnClaim", "P-7");
    assertThat(refused.getMessage()).isEqualTo("Already done: dependant P-7 lodged a claim of their own.");
    LocaleContextHolder.setLocale(Locale.KOREAN);
    try {
      assertThat(wordings.say(refused.wording(), refused.getMessage())).isEqualTo("이미 처리되었습니다: 부양가족 P-7은(는) 본인 명의로 신청했습니다.");
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }
}
