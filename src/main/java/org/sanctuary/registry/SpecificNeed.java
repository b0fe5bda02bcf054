package org.sanctuary.registry;

/** Specific needs of procedure.md §2; each changes how the procedure treats the person. */
public enum SpecificNeed {
  UNACCOMPANIED_CHILD,
  SEPARATED_CHILD,
  SURVIVOR_OF_TORTURE,
  WOMAN_AT_RISK,
  DISABILITY,
  SERIOUS_MEDICAL_CONDITION,
  OLDER_PERSON_AT_RISK;

  /** Procedure.md §5: these persons come first in every work queue. */
  public boolean givesPriority() {
    return this == UNACCOMPANIED_CHILD || this == SEPARATED_CHILD || this == SURVIVOR_OF_TORTURE;
  }
}
