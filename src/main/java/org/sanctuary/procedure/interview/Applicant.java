package org.sanctuary.procedure.interview;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.SpecificNeed;

/**
 * What the interview rules need to know of the applicant: the language understood best, the
 * requested sex of interviewer and interpreter, specific needs, and the language the information
 * pack was delivered in (none yet: null), and the legal representatives and interpreters already
 * named on the case (a representative never interprets, at any interview of the case).
 */
public record Applicant(
    String understoodLanguage,
    GenderPreference interviewerPreference,
    GenderPreference interpreterPreference,
    Set<SpecificNeed> needs,
    @Nullable String informationDeliveredIn,
    List<Participant> representativesOnFile,
    List<Participant> interpretersOnFile) {

  public Applicant {
    needs = Set.copyOf(needs);
    representativesOnFile = List.copyOf(representativesOnFile);
    interpretersOnFile = List.copyOf(interpretersOnFile);
  }

  /** An applicant with no representative nor interpreter named on the case yet. */
  public Applicant(
      String understoodLanguage, GenderPreference interviewerPreference, GenderPreference interpreterPreference,
      Set<SpecificNeed> needs, @Nullable String informationDeliveredIn) {
    this(understoodLanguage, interviewerPreference, interpreterPreference, needs, informationDeliveredIn, List.of(), List.of());
  }

  public boolean isChildAlone() {
    return needs.contains(SpecificNeed.UNACCOMPANIED_CHILD) || needs.contains(SpecificNeed.SEPARATED_CHILD);
  }
}
