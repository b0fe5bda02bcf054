package org.sanctuary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Languages are codes from one list, shown with their own names, the person's first. */
class LanguageCodesTest {

  @Test
  void aLanguageIsShownInItsOwnScriptWithItsCode() {
    assertThat(LanguageCodes.label("ko")).isEqualTo("한국어 (ko)");
    assertThat(LanguageCodes.label("zh")).isEqualTo("中文 (zh)");
    assertThat(LanguageCodes.label("en")).isEqualTo("English (en)");
  }

  @Test
  void thePersonsLanguagesComeFirstThenEveryOtherOnce() {
    List<String> choices = LanguageCodes.choices(List.of("ko", "zh", "not-a-code"));
    assertThat(choices).startsWith("ko", "zh").contains("en", "ru").doesNotContain("not-a-code").doesNotHaveDuplicates();
  }

  @Test
  void freeTextIsRefusedNamingTheFieldAndACodeIsFolded() {
    assertThatThrownBy(() -> LanguageCodes.required("language", "Korean"))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("language"));
    assertThat(LanguageCodes.required("language", " KO ")).isEqualTo("ko");
    assertThat(LanguageCodes.orNull("interpreter", "")).isNull();
  }
}
