package org.sanctuary.procedure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a guard answers: allowed, or refused with its reason code, a detail and what is missing. */
public record Verdict(@Nullable ReasonCode refusal, String detail, List<String> missing) {

  public static final Verdict ALLOWED = new Verdict(null, "", List.of());

  public static Verdict refuse(ReasonCode code, String detail) {
    return new Verdict(code, detail, List.of());
  }

  public static Verdict refuse(ReasonCode code, String detail, List<String> missing) {
    return new Verdict(code, detail, missing);
  }

  public boolean allowed() {
    return refusal == null;
  }

  /** Throws the refusal, if any: for callers that stop at the first rule broken. */
  public void orThrow() {
    if (refusal != null) {
      throw new Refusal(refusal, detail, missing);
    }
  }
}
