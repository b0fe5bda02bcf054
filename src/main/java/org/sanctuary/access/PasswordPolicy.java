package org.sanctuary.access;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What makes a password acceptable: at least {@value #MIN_LENGTH} characters, not blank, and not
 * easy to guess by zxcvbn's estimate (score {@value #MIN_SCORE} of 4), which refuses repeats, keyboard
 * rows and sequences, the tens of thousands of most common passwords it bundles, and variations on
 * the user's own name; nor the demo's published password, except in the demo. Long passphrases
 * pass; no composition rules (NIST SP 800-63B §5.1.1.2).
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;
  static final int MIN_SCORE = 3;

  /** The password every demo user has, published in the README: never accepted outside the demo. */
  public static final String DEMO_PASSWORD = "sanctuary-demo";

  private static final Zxcvbn ESTIMATOR = new Zxcvbn();

  private final boolean demo;

  /** @param demo whether this installation runs the demo, whose users share the published password */
  public PasswordPolicy(boolean demo) {
    this.demo = demo;
  }

  /** Why the password is refused, in words for the person choosing it; empty when it is acceptable. */
  public Optional<String> refusal(@Nullable String password, List<String> userInputs) {
    if (password == null || password.isBlank()) {
      return Optional.of("is required, and not only spaces");
    }
    if (password.length() < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    if (!demo && password.equals(DEMO_PASSWORD)) {
      return Optional.of("is the demo's published password");
    }
    Strength strength = ESTIMATOR.measure(password, userInputs);
    if (strength.getScore() < MIN_SCORE) {
      String warning = strength.getFeedback().getWarning();
      return Optional.of("is too easy to guess" + (warning == null || warning.isBlank()
          ? ": add another uncommon word or two"
          : ": " + warning.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + warning.substring(1)));
    }
    return Optional.empty();
  }
}
