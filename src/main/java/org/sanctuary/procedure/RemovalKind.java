package org.sanctuary.procedure;

/** What is asked: every one of them takes the person out of protection, so the lock treats them alike. */
public enum RemovalKind {
  REMOVAL,
  RETURN,
  HANDOVER,
  TRANSFER
}
