package org.sanctuary.access;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.internal.AccessProperties;
import org.sanctuary.access.internal.UserStore;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second factor: a time-based one-time code (RFC 6238, an authenticator app) and ten single-use
 * recovery codes. Required for the roles configured ({@code sanctuary.access.two-factor-roles}:
 * administrators, supervisors, monitors and protection officers by default), optional for the rest;
 * in the demo nobody is required to. A code is accepted once only, within a step either side of now.
 */
@Service
public class TwoFactor {

  /** What an enrolment shows: the secret as text and as a QR code for the authenticator app. */
  public record Enrolment(String secret, String qrDataUri) {}

  static final int RECOVERY_CODES = 10;
  private static final int PERIOD_SECONDS = 30;

  private final UserStore users;
  private final UserSecrets secrets;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Clock clock;
  private final Set<Role> requiredFor;
  private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

  TwoFactor(UserStore users, UserSecrets secrets, AccessPolicy access, AuditTrail audit, Clock clock, AccessProperties properties,
      Environment environment) {
    this.users = users;
    this.secrets = secrets;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
    this.requiredFor = environment.matchesProfiles("demo") ? Set.of() : Set.copyOf(properties.twoFactorRoles());
  }

  /** Whether the actor must have a second factor: they hold, in some office, a role that requires one. */
  public boolean requiredFor(Actor actor) {
    return actor.roles().values().stream().flatMap(Set::stream).anyMatch(requiredFor::contains);
  }

  /** The roles whose holders must have a second factor here. */
  public Set<Role> rolesThatRequireIt() {
    return requiredFor;
  }

  /** Whether the signed-in user has a second factor in force. */
  @Transactional(readOnly = true)
  public boolean enrolled() {
    return users.secondFactor(access.actor().userId()).secret() != null;
  }

  /** Starts (or shows again) the signed-in user's enrolment: a new secret, not yet in force. */
  @Transactional
  public Enrolment begin() {
    Actor actor = access.actor();
    UserStore.SecondFactor current = users.secondFactor(actor.userId());
    String secret = current.pending() == null ? null : secrets.open(actor.userId(), current.pending());
    if (secret == null) {
      secret = new DefaultSecretGenerator(32).generate();
      users.beginSecondFactor(actor.userId(), secrets.seal(actor.userId(), secret));
    }
    QrData data = new QrData.Builder().label(actor.username()).secret(secret).issuer("Sanctuary").algorithm(HashingAlgorithm.SHA1)
        .digits(6).period(PERIOD_SECONDS).build();
    try {
      ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
      return new Enrolment(secret, Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType()));
    } catch (QrGenerationException e) {
      throw new IllegalStateException("the QR code could not be drawn", e);
    }
  }

  /** Confirms the enrolment with a first code from the app; the recovery codes, shown once, come back. */
  @Transactional
  public List<String> confirm(@Nullable String code) {
    Actor actor = access.actor();
    UserStore.SecondFactor current = users.secondFactor(actor.userId());
    if (current.pending() == null) {
      throw ValidationFailed.of("code", "start the enrolment first");
    }
    Long step = matchingStep(secrets.open(actor.userId(), current.pending()), code);
    if (step == null) {
      throw ValidationFailed.of("code", "is not the code the app shows now");
    }
    users.confirmSecondFactor(actor.userId(), step);
    String[] recovery = new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES);
    users.replaceRecoveryCodes(actor.userId(), Arrays.stream(recovery).map(TwoFactor::hash).toList());
    audit.record(AuditRecord.success("SECOND_FACTOR_ENROLLED", "USER", actor.userId(), null));
    return List.of(recovery);
  }

  /**
   * Whether the code is the user's: the app's code for now (a step either side), never one already
   * used, or one of their recovery codes, which then is used up.
   */
  @Transactional
  public boolean verify(UUID userId, @Nullable String code) {
    if (code == null || code.isBlank()) {
      return false;
    }
    UserStore.SecondFactor current = users.secondFactor(userId);
    if (current.secret() == null) {
      return false;
    }
    String typed = code.strip();
    boolean valid;
    String how;
    if (typed.matches("\\d{6}")) {
      Long step = matchingStep(secrets.open(userId, current.secret()), typed);
      valid = step != null && users.useStep(userId, step);
      how = "SECOND_FACTOR_CODE";
    } else {
      valid = users.useRecoveryCode(userId, hash(typed), clock.instant());
      how = "SECOND_FACTOR_RECOVERY_CODE";
    }
    if (valid) {
      audit.record(AuditRecord.success(how, "USER", userId, null));
    } else {
      audit.recordRefusal(AuditRecord.refused("SECOND_FACTOR", "USER", userId, null, "WRONG_CODE"));
    }
    return valid;
  }

  /** An administrator removes a user's second factor (a lost phone and lost codes); they enrol again. */
  @Transactional
  public void reset(UUID userId) {
    Actor admin = access.requireAnywhere(Permission.USER_MANAGE);
    users.findById(userId).orElseThrow(() -> new NotFound("user"));
    if (admin.userId().equals(userId)) {
      throw ValidationFailed.of("userId", "another administrator resets your second factor");
    }
    users.clearSecondFactor(userId);
    audit.record(AuditRecord.success("SECOND_FACTOR_RESET", "USER", userId, null));
  }

  private @Nullable Long matchingStep(String secret, @Nullable String code) {
    if (code == null || !code.strip().matches("\\d{6}")) {
      return null;
    }
    long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
    try {
      for (long step = now - 1; step <= now + 1; step++) {
        if (MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
            code.strip().getBytes(StandardCharsets.US_ASCII))) {
          return step;
        }
      }
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("a code could not be computed", e);
    }
    return null;
  }

  static String hash(String recoveryCode) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(recoveryCode.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
