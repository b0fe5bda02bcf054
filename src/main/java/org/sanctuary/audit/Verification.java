package org.sanctuary.audit;

import org.jspecify.annotations.Nullable;

/** The result of walking the chain: valid with the number of entries, or the first broken entry id. */
public record Verification(boolean valid, long entries, @Nullable Long firstBrokenEntry) {

  static Verification intact(long entries) {
    return new Verification(true, entries, null);
  }

  static Verification brokenAt(long entries, long id) {
    return new Verification(false, entries, id);
  }
}
