package org.sanctuary.procedure.disclosure;

import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.Verdict;

/**
 * PROHIBITED_RECIPIENT — APR Art 7(2); PS §2.1: nothing about an applicant, not even that a claim
 * exists, goes to a country-of-origin authority or an alleged persecutor. Applies to disclosure
 * requests and to every notification address alike.
 */
public final class ProhibitedRecipients {

  private ProhibitedRecipients() {}

  public static Verdict check(RecipientType recipient) {
    if (recipient == RecipientType.COUNTRY_OF_ORIGIN_AUTHORITY || recipient == RecipientType.ALLEGED_PERSECUTOR) {
      return Verdict.refuse(
          ReasonCode.PROHIBITED_RECIPIENT,
          "Nothing about an applicant, not even that a claim exists, is disclosed to "
              + (recipient == RecipientType.ALLEGED_PERSECUTOR ? "an alleged persecutor." : "the country of origin."));
    }
    return Verdict.ALLOWED;
  }
}
