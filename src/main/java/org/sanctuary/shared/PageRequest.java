package org.sanctuary.shared;

import org.jspecify.annotations.Nullable;

/**
 * A page to fetch: a zero-based number, or the position after which it starts (from the page before's
 * {@link ResultPage#next()}, see lists.Keyset); and a size, capped so no list query is unbounded.
 */
public record PageRequest(int page, int size, @Nullable String after) {

  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0) {
      throw ValidationFailed.of("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ValidationFailed.of("size", "must be between 1 and {0}", MAX_SIZE);
    }
    after = after == null || after.isBlank() ? null : after.strip();
    if (after != null && page > 0) {
      throw ValidationFailed.of("after", "is given instead of a page number, not with one");
    }
  }

  public PageRequest(int page, int size) {
    this(page, size, null);
  }

  public long offset() {
    return (long) page * size;
  }
}
