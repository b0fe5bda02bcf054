package org.sanctuary.procedure.interview;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.SpecificNeed;

/**
 * What the interview rules need to know of the applicant: the language understood best, the
 * requested sex of interviewer and interpreter, specific needs, and the language the information
 * pack was delivered in (none yet: null).
 */
public record Applicant(
    String understoodLanguage,
    GenderPreference interviewerPreference,
    GenderPreference interpreterPreference,
    Set<SpecificNeed> needs,
    @Nullable String informationDeliveredIn) {

  public Applicant {
    needs = Set.copyOf(needs);
  }

  public boolean isChildAlone() {
    return needs.contains(SpecificNeed.UNACCOMPANIED_CHILD) || needs.contains(SpecificNeed.SEPARATED_CHILD);
  }
}
