package org.sanctuary.procedure.decision;

/** The exclusion assessment (Art 1D, 1E, 1F), made only after inclusion. */
public enum Exclusion {
  NOT_ASSESSED,
  NOT_EXCLUDED,
  EXCLUDED
}
