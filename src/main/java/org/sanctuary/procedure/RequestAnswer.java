package org.sanctuary.procedure;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.Wording;

/**
 * The answer to a request from outside that Sanctuary records whatever it decides (a removal or
 * handover, a disclosure): the id it was kept under, and either a refusal with its reason code or
 * the words of the answer.
 */
public record RequestAnswer(UUID requestId, @Nullable ReasonCode refusal, String detail, @Nullable Wording wording) {

  public boolean refused() {
    return refusal != null;
  }
}
