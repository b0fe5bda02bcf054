package org.sanctuary.procedure.interview;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sanctuary.registry.Sex;

/**
 * Someone who takes part in an interview without being a user: interpreter, legal representative or
 * guardian. Identified by name and, for interpreters, the language and dialect they interpret.
 */
public record Participant(String name, @Nullable String language, Sex sex) {

  /** Whether two participant records name the same person (case and spacing folded). */
  public boolean isSamePersonAs(Participant other) {
    return fold(name).equals(fold(other.name));
  }

  private static String fold(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
