package org.sanctuary.registry;

import java.util.List;

/**
 * A registration held back because the person may already be known: the records of the caller's
 * offices that may be them, each with why, and whether an office the caller cannot read holds a
 * possible match (said without its content). Registering anyway needs a reason; nothing was saved.
 */
public final class PossiblyKnown extends RuntimeException {

  private final List<PersonMatch> candidates;
  private final boolean heldElsewhere;

  PossiblyKnown(List<PersonMatch> candidates, boolean heldElsewhere) {
    super(candidates.isEmpty()
        ? "A possible match is held by another office; its supervisor can be asked. Give a reason to register anyway."
        : candidates.size() + " person(s) already registered may be this person. Open one, or give a reason to register anyway.");
    this.candidates = List.copyOf(candidates);
    this.heldElsewhere = heldElsewhere;
  }

  public List<PersonMatch> candidates() {
    return candidates;
  }

  public boolean heldElsewhere() {
    return heldElsewhere;
  }
}
