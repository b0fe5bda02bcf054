package org.sanctuary.shared;

/** A write based on a version someone else has already changed: reload and apply again. */
public final class StaleVersion extends RuntimeException {

  public StaleVersion(String what, long expected) {
    super(what + " was changed by someone else since version " + expected + "; reload it and try again");
  }
}
