package org.sanctuary.shared;

/**
 * A request a rule of the record refuses, whatever its input: a filed report changed in place, an
 * import with bad rows. Answered 409 with the rule's code; nothing was changed.
 */
public final class RuleRefusal extends RuntimeException {

  private final String code;

  public RuleRefusal(String code, String detail) {
    super(detail);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
