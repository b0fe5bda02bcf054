package org.sanctuary.procedure.removal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sanctuary.procedure.ClaimState;
import org.sanctuary.procedure.ReasonCode;
import org.sanctuary.procedure.Verdict;
import org.sanctuary.shared.Wording;

/**
 * PENDING_CLAIM_NON_REFOULEMENT — Refugee Convention Art 33; ExCom 8(e); PS §7. No removal, return,
 * handover or transfer of an applicant while the claim can still succeed; a recognised refugee never.
 * No command gets around this lock: every removal path asks it.
 */
public final class NonRefoulementLock {

  /**
   * The only states from which a removal may even be considered; status-ended only once its appeal
   * window and grace have passed with no appeal pending, like a refusal.
   */
  private static final Set<ClaimState> CONCLUDED =
      EnumSet.of(ClaimState.FINAL_NEGATIVE, ClaimState.CLOSED_WITHDRAWN, ClaimState.STATUS_ENDED);

  private NonRefoulementLock() {}

  /**
   * A person whose claim was never examined is not removed either: being unregistered in a procedure
   * is exactly what the seed text describes, not a reason to hand someone over.
   */
  static Verdict noExaminedClaim() {
    return Verdict.refuse(
        ReasonCode.PENDING_CLAIM_NON_REFOULEMENT,
        "No claim of this person has been examined: record their intent and examine it first.",
        Wording.of("lock.NO_EXAMINED_CLAIM"));
  }

  /**
   * The lock's answer for a person: every case that protects them, at any office, must let the
   * removal through; with no case at all, nothing was examined and nothing is let through.
   *
   * @param answersOfEachProtectingCase {@link #check} for each case the person belongs to
   */
  public static Verdict forPerson(List<Verdict> answersOfEachProtectingCase) {
    if (answersOfEachProtectingCase.isEmpty()) {
      return noExaminedClaim();
    }
    return answersOfEachProtectingCase.stream().filter(v -> !v.allowed()).findFirst().orElse(Verdict.ALLOWED);
  }

  public static Verdict check(RemovalRequest request) {
    if (request.state() == ClaimState.RECOGNISED) {
      return Verdict.refuse(
          ReasonCode.PENDING_CLAIM_NON_REFOULEMENT, "A recognised refugee is never removed to the country of origin.",
          Wording.of("lock.RECOGNISED"));
    }
    if (!CONCLUDED.contains(request.state())) {
      return Verdict.refuse(
          ReasonCode.PENDING_CLAIM_NON_REFOULEMENT,
          "The claim is " + request.state() + ": no removal while it is pending.",
          Wording.of("lock.PENDING", "state:" + request.state().name()));
    }
    if (request.endOfAppealGrace() != null && !request.today().isAfter(request.endOfAppealGrace())) {
      return Verdict.refuse(
          ReasonCode.PENDING_CLAIM_NON_REFOULEMENT,
          "The appeal window and its grace run until " + request.endOfAppealGrace() + ".",
          Wording.of("lock.APPEAL_WINDOW", request.endOfAppealGrace().toString()));
    }
    if (request.appealOrReopeningPending()) {
      return Verdict.refuse(ReasonCode.PENDING_CLAIM_NON_REFOULEMENT, "An appeal or a reopening is pending.",
          Wording.of("lock.APPEAL_PENDING"));
    }
    if (!request.riskAssessmentAttached()) {
      return Verdict.refuse(
          ReasonCode.PENDING_CLAIM_NON_REFOULEMENT, "No risk assessment of the return is attached.",
          Wording.of("lock.NO_RISK_ASSESSMENT"));
    }
    return Verdict.ALLOWED;
  }
}
