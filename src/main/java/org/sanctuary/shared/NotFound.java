package org.sanctuary.shared;

/**
 * The record does not exist, or exists outside the caller's offices: the two are deliberately not
 * told apart.
 */
public final class NotFound extends RuntimeException {

  public NotFound(String what) {
    super(what + " not found");
  }
}
