package org.sanctuary.shared;

/** The caller's roles do not allow this command (procedure.md §4, NOT_PERMITTED). */
public final class NotPermitted extends RuntimeException {

  public NotPermitted(String message) {
    super(message);
  }
}
