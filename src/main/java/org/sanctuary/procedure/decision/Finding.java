package org.sanctuary.procedure.decision;

/** The finding on one element of the assessment. */
public enum Finding {
  NOT_ASSESSED,
  /** The element is established (for facts: credible, or accepted with the benefit of the doubt). */
  POSITIVE,
  NEGATIVE
}
