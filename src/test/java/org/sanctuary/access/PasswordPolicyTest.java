package org.sanctuary.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A password is long and hard to guess; nothing else is asked of it. */
class PasswordPolicyTest {

  private final PasswordPolicy production = new PasswordPolicy(false);

  @ParameterizedTest
  @ValueSource(strings = {"            ", "aaaaaaaaaaaa", "abcabcabcabc", "password1234", "qwertyuiop12", "123456789012"})
  void blankRepeatedSequentialAndCommonPasswordsAreRefused(String password) {
    assertThat(production.refusal(password, List.of())).isPresent();
  }

  @Test
  void aShortPasswordIsRefusedWithTheMinimumNamed() {
    assertThat(production.refusal("Tumen-2002", List.of())).contains("must be at least 12 characters");
  }

  @Test
  void aCommonPasswordIsRefusedWithTheReason() {
    assertThat(production.refusal("password1234", List.of())).hasValueSatisfying(r -> assertThat(r).contains("common password"));
  }

  @Test
  void theDemoPasswordIsRefusedOutsideTheDemoOnly() {
    assertThat(production.refusal(PasswordPolicy.DEMO_PASSWORD, List.of())).contains("is the demo's published password");
    assertThat(new PasswordPolicy(true).refusal(PasswordPolicy.DEMO_PASSWORD, List.of())).isEmpty();
  }

  @Test
  void theUsersOwnNameMakesAPasswordGuessable() {
    assertThat(production.refusal("kimcholsu19750101", List.of("kimcholsu"))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"correct horse battery staple", "rivers-of-the-yanbian-plain", "fixture-password-1"})
  void aLongPassphrasePasses(String password) {
    assertThat(production.refusal(password, List.of("someone"))).isEmpty();
  }
}
