package org.sanctuary.procedure.derivative;

import java.util.List;
import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.Verdict;

/**
 * DERIVATIVE_INELIGIBLE — UNHCR Handbook ¶184; PS Unit 5: derivative status follows family unity, but
 * never to a member flagged for exclusion or holding the host country's nationality.
 */
public final class DerivativeEligibility {

  private DerivativeEligibility() {}

  public static Verdict check(boolean exclusionFlag, List<String> nationalities, String hostCountry) {
    if (exclusionFlag) {
      return Verdict.refuse(ReasonCode.DERIVATIVE_INELIGIBLE, "The member carries an exclusion flag.");
    }
    if (nationalities.stream().anyMatch(hostCountry::equalsIgnoreCase)) {
      return Verdict.refuse(
          ReasonCode.DERIVATIVE_INELIGIBLE, "The member holds the nationality of the host country " + hostCountry + ".");
    }
    return Verdict.ALLOWED;
  }
}
