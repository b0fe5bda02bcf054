package org.sanctuary.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for programs. The token is shown once; only its SHA-256 is stored, so a copy of the
 * database does not hold usable tokens. Tokens expire and can be revoked.
 */
@Component
public class ApiTokens {

  /** A freshly issued token and when it stops working. */
  public record Issued(String token, Instant expiresAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AccessProperties properties;
  private final SecureRandom random = new SecureRandom();

  public ApiTokens(JdbcClient jdbc, Clock clock, AccessProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
  }

  @Transactional
  public Issued issue(UUID userId) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = "sct_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    Instant expires = now.plus(properties.tokenLifetime());
    jdbc.sql(
            "INSERT INTO api_token (id, user_id, token_hash, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), userId, digest(token), UserStore.utc(now), UserStore.utc(expires))
        .update();
    return new Issued(token, expires);
  }

  @Transactional
  public boolean revoke(String token) {
    return jdbc.sql(
                "UPDATE api_token SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL")
            .params(UserStore.utc(clock.instant()), digest(token))
            .update()
        == 1;
  }

  /** Revokes every live token of the user: on disabling, and on a password reset. */
  @Transactional
  public int revokeAll(UUID userId) {
    return revokeAllBut(userId, null);
  }

  /** Revokes every live token of the user but the one given (the one changing the password). */
  @Transactional
  public int revokeAllBut(UUID userId, @org.jspecify.annotations.Nullable String kept) {
    return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND token_hash <> ?")
        .params(UserStore.utc(clock.instant()), userId, kept == null ? "" : digest(kept))
        .update();
  }

  static String digest(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
