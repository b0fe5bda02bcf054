package org.sanctuary.shared;

/** A page to fetch: zero-based number and size, size capped so no list query is unbounded. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0) {
      throw ValidationFailed.of("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ValidationFailed.of("size", "must be between 1 and {0}", MAX_SIZE);
    }
  }

  public long offset() {
    return (long) page * size;
  }
}
