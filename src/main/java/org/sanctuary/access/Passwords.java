package org.sanctuary.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.internal.ApiTokens;
import org.sanctuary.access.internal.UserStore;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password (with the old one); an administrator resets someone else's to a
 * one-time password that works for {@link #ONE_TIME_VALIDITY} and only to choose a new one. Either
 * way every other session and token of that user ends.
 */
@Service
public class Passwords {

  /** How long a one-time password from a reset works. */
  public static final Duration ONE_TIME_VALIDITY = Duration.ofHours(72);

  /** A reset: the one-time password, shown once to the administrator to hand over, and its end. */
  public record Reset(String oneTimePassword, Instant expiresAt) {}

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final UserStore users;
  private final ApiTokens tokens;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final PasswordEncoder encoder;
  private final Clock clock;
  private final PasswordPolicy policy;

  Passwords(UserStore users, ApiTokens tokens, AccessPolicy access, AuditTrail audit, PasswordEncoder encoder, Clock clock,
      Environment environment) {
    this.users = users;
    this.tokens = tokens;
    this.access = access;
    this.audit = audit;
    this.encoder = encoder;
    this.clock = clock;
    this.policy = new PasswordPolicy(environment.matchesProfiles("demo"));
  }

  /**
   * Changes the signed-in user's password. Every other session ends on its next request and every
   * token but {@code tokenInUse} is revoked; the caller renews its own session.
   */
  @Transactional
  public void changeOwn(@Nullable String current, @Nullable String replacement, @Nullable String tokenInUse) {
    Actor actor = access.actor();
    UserStore.Account account = users.findByUsername(actor.username()).orElseThrow(() -> new NotFound("user"));
    if (current == null || !encoder.matches(current, account.passwordHash())) {
      audit.recordRefusal(AuditRecord.refused("PASSWORD_CHANGED", "USER", account.id(), null, "WRONG_PASSWORD"));
      throw ValidationFailed.of("currentPassword", "is not your current password");
    }
    if (replacement != null && replacement.equals(current)) {
      throw ValidationFailed.of("newPassword", "must differ from the current one");
    }
    policy.refusal(replacement, List.of(account.username(), account.displayName()))
        .ifPresent(refusal -> {
          throw new ValidationFailed(List.of(new FieldProblem("newPassword", refusal)));
        });
    users.setPassword(account.id(), encoder.encode(replacement), null);
    tokens.revokeAllBut(account.id(), tokenInUse);
    audit.record(AuditRecord.success("PASSWORD_CHANGED", "USER", account.id(), null));
  }

  /**
   * An administrator's reset of another user's password: a random one-time password replaces it,
   * every session and token of the user ends, and the next sign-in must choose a new password.
   */
  @Transactional
  public Reset reset(UUID userId) {
    Actor actor = access.requireAnywhere(Permission.USER_MANAGE);
    UserStore.Account account = users.findById(userId).orElseThrow(() -> new NotFound("user"));
    if (account.id().equals(actor.userId())) {
      throw ValidationFailed.of("userId", "change your own password with your current one, under Account");
    }
    String oneTime = oneTimePassword();
    Instant expires = clock.instant().plus(ONE_TIME_VALIDITY);
    users.setPassword(account.id(), encoder.encode(oneTime), expires);
    tokens.revokeAll(account.id());
    audit.record(AuditRecord.success("PASSWORD_RESET", "USER", account.id(), null));
    return new Reset(oneTime, expires);
  }

  /** Four groups of five from an alphabet without look-alikes: about 99 bits, easy to read out. */
  private static String oneTimePassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 5 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
