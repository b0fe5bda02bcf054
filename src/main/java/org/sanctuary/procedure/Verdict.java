package org.sanctuary.procedure;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.Wording;

/**
 * What a guard answers: allowed, or refused with its reason code, a detail (in English, for logs of
 * the API) and what is missing; where the guard says which explanation applies, its wording for pages
 * in the reader's language.
 */
public record Verdict(@Nullable ReasonCode refusal, String detail, List<String> missing, @Nullable Wording wording) {

  public static final Verdict ALLOWED = new Verdict(null, "", List.of(), null);

  public static Verdict refuse(ReasonCode code, String detail) {
    return new Verdict(code, detail, List.of(), null);
  }

  public static Verdict refuse(ReasonCode code, String detail, List<String> missing) {
    return new Verdict(code, detail, missing, null);
  }

  public static Verdict refuse(ReasonCode code, String detail, Wording wording) {
    return new Verdict(code, detail, List.of(), wording);
  }

  public boolean allowed() {
    return refusal == null;
  }

  /** Throws the refusal, if any: for callers that stop at the first rule broken. */
  public void orThrow() {
    if (refusal != null) {
      throw new Refusal(refusal, detail, missing, null, wording);
    }
  }
}
