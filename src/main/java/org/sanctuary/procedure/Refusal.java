package org.sanctuary.procedure;

import java.util.List;

/**
 * A command the procedure refuses: the reason code, what was wrong in words, and, where a list
 * applies (e.g. the missing parts of a reasoned decision), what is missing. Nothing was changed.
 */
public final class Refusal extends RuntimeException {

  private final ReasonCode code;
  private final List<String> missing;

  public Refusal(ReasonCode code, String detail, List<String> missing) {
    super(detail);
    this.code = code;
    this.missing = List.copyOf(missing);
  }

  public Refusal(ReasonCode code, String detail) {
    this(code, detail, List.of());
  }

  public ReasonCode code() {
    return code;
  }

  public List<String> missing() {
    return missing;
  }
}
