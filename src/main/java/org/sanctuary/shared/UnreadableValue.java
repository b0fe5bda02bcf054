package org.sanctuary.shared;

/** A value given as text that Sanctuary cannot read, e.g. a date written in a form it does not know. */
public final class UnreadableValue extends RuntimeException {

  public UnreadableValue(String message) {
    super(message);
  }
}
