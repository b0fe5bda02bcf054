package org.sanctuary.registry;

import org.jspecify.annotations.Nullable;

/**
 * What observers know of a detention: whether the authorities acknowledge it or deny it, whether
 * they disclosed where the person is held, whether observers were given access. Each is unknown
 * (null) until someone knows.
 */
public record Detention(@Nullable Acknowledgement acknowledged, @Nullable Boolean locationDisclosed, @Nullable Boolean observerAccess) {

  public enum Acknowledgement {
    ACKNOWLEDGED,
    DENIED
  }
}
