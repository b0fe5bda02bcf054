package org.sanctuary.audit;

/** Whether the audited action took place. */
public enum Outcome {
  SUCCESS,
  REFUSED
}
