package org.sanctuary.access;

import java.util.Set;

/**
 * What the interview rules need to know of an officer: their sex as they state it ({@code FEMALE},
 * {@code MALE}, {@code OTHER}, {@code UNKNOWN}), the languages they interview in (ISO 639-1), and
 * whether they hold the trauma-training tag (PS §4.6.3).
 */
public record OfficerProfile(String username, String sex, Set<String> languages, boolean traumaTrained) {

  public OfficerProfile {
    languages = Set.copyOf(languages);
  }
}
