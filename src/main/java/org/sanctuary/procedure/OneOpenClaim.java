package org.sanctuary.procedure;

import java.util.List;
import java.util.Set;
import org.sanctuary.registry.PersonId;

/**
 * OPEN_CLAIM_EXISTS — procedure.md §2, §3: a person is the applicant of one pending claim at a time,
 * so that one history is not split over two files. A new intent for someone whose claim (as
 * principal or as a dependant) is pending is refused, pointing at that case.
 */
public final class OneOpenClaim {

  private OneOpenClaim() {}

  /**
   * @param persons the principal and dependants of the new intent
   * @param theirCases every case any of them belongs to, at any office
   */
  public static void check(Set<PersonId> persons, List<Case> theirCases) {
    for (Case existing : theirCases) {
      if (existing.state().isPending()
          && (persons.contains(existing.principal()) || existing.dependants().stream().anyMatch(persons::contains))) {
        throw new Refusal(
            ReasonCode.OPEN_CLAIM_EXISTS,
            "A claim for this person is already open: " + existing.fileNumber() + " (" + existing.state() + ").",
            List.of(), existing.id(),
            org.sanctuary.shared.Wording.of("refusal.openClaim", existing.fileNumber(), "state:" + existing.state()));
      }
    }
  }
}
