package org.sanctuary.procedure.interview;

import java.util.Set;
import org.sanctuary.registry.Sex;

/** The eligibility officer who interviews: languages spoken, sex, and whether trauma-trained. */
public record Interviewer(String username, Set<String> languages, Sex sex, boolean traumaTrained) {

  public Interviewer {
    languages = Set.copyOf(languages);
  }
}
