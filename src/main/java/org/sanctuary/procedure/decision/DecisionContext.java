package org.sanctuary.procedure.decision;

import java.util.Set;
import org.sanctuary.procedure.Modality;
import org.sanctuary.registry.PersonId;

/**
 * What the decision rules need to know of the claim besides the draft and the assessment.
 *
 * @param interviewHeld a personal interview of the principal applicant took place
 * @param interviewRecordsFinalised every interview record was read back and confirmed, or the
 *     applicant's refusal to confirm was recorded with reasons
 * @param fromDprkWithIrregularExit the applicant is from the DPRK and left without permission
 * @param dependantsWithSensitiveClaims dependants whose claims need a decision of their own
 * @param signedBySupervisor the signer holds the supervisor role
 */
public record DecisionContext(
    Modality modality,
    boolean interviewHeld,
    boolean interviewRecordsFinalised,
    boolean fromDprkWithIrregularExit,
    Set<PersonId> dependantsWithSensitiveClaims,
    boolean signedBySupervisor) {

  public DecisionContext {
    dependantsWithSensitiveClaims = Set.copyOf(dependantsWithSensitiveClaims);
  }
}
