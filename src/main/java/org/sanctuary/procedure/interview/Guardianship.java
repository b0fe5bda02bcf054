package org.sanctuary.procedure.interview;

import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.Verdict;

/**
 * NO_GUARDIAN — UNHCR 1997 guidelines on unaccompanied children; APD Art 25. An unaccompanied or
 * separated child is neither interviewed nor lets a claim be withdrawn without an appointed guardian
 * or representative. The one guard for both commands.
 */
public final class Guardianship {

  private Guardianship() {}

  public static Verdict required(boolean childAlone, boolean guardianPresent, String forWhat) {
    if (childAlone && !guardianPresent) {
      return Verdict.refuse(
          ReasonCode.NO_GUARDIAN,
          "An unaccompanied or separated child needs an appointed guardian " + forWhat + ".");
    }
    return Verdict.ALLOWED;
  }
}
