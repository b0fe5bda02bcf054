package org.sanctuary.access;

import java.util.UUID;

/**
 * Seals a user's secret (a second factor's key) so that the database holds it only sealed; the
 * vault provides it with the master key, so that access needs no knowledge of keys.
 */
public interface UserSecrets {

  String seal(UUID user, String secret);

  String open(UUID user, String sealed);
}
