package org.sanctuary.access.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.Actor;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Role;
import org.sanctuary.lists.Keyset;
import org.sanctuary.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and their memberships, in SQL. */
@Repository
public class UserStore {

  /** A stored account as sign-in sees it. */
  public record Account(
      UUID id,
      String username,
      String displayName,
      String passwordHash,
      boolean enabled,
      int failedAttempts,
      @Nullable Instant lockedUntil,
      long version,
      long credentialEpoch,
      boolean mustChangePassword,
      @Nullable Instant passwordExpiresAt,
      boolean secondFactor) {}

  /** An account with the offices and roles it holds: what every signed-in request reads, in one round trip. */
  public record Member(Account account, Map<OfficeId, Set<Role>> memberships) {
    public Actor actor() {
      return new Actor(account.id(), account.username(), account.displayName(), memberships);
    }
  }

  private static final String ACCOUNT_COLUMNS =
      "u.id, u.username, u.display_name, u.enabled, u.failed_attempts, u.locked_until, u.version, u.credential_epoch,"
          + " u.must_change_password, u.password_expires_at, (u.totp_secret IS NOT NULL) AS second_factor";

  private final JdbcClient jdbc;

  public UserStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Account> findByUsername(String username) {
    return jdbc.sql("SELECT u.password_hash, " + ACCOUNT_COLUMNS + " FROM app_user u WHERE u.username = ?")
        .param(username)
        .query((rs, n) -> account(rs, rs.getString("password_hash")))
        .optional();
  }

  /** The account of the user name with its memberships. */
  public Optional<Member> memberByUsername(String username) {
    return member("u.username = ?", username);
  }

  /**
   * The account a live API token (by its digest) belongs to, with its memberships: not expired, not
   * revoked.
   */
  public Optional<Member> memberByToken(String tokenDigest, Instant now) {
    return member("u.id = (SELECT t.user_id FROM api_token t WHERE t.token_hash = ? AND t.revoked_at IS NULL"
        + " AND t.expires_at > ?)", tokenDigest, utc(now));
  }

  private Optional<Member> member(String where, Object... params) {
    Account[] account = new Account[1];
    Map<OfficeId, Set<Role>> roles = new HashMap<>();
    jdbc.sql("SELECT u.password_hash, " + ACCOUNT_COLUMNS + ", m.office_id, m.role FROM app_user u"
            + " LEFT JOIN membership m ON m.user_id = u.id WHERE " + where)
        .params(params)
        .query(
            rs -> {
              if (account[0] == null) {
                account[0] = account(rs, rs.getString("password_hash"));
              }
              UUID office = rs.getObject("office_id", UUID.class);
              if (office != null) {
                roles.computeIfAbsent(new OfficeId(office), k -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString("role")));
              }
            });
    return Optional.ofNullable(account[0]).map(a -> new Member(a, roles));
  }

  /** The enabled users holding the role in the office, by user name. */
  public java.util.List<String> holders(Role role, OfficeId office) {
    return jdbc.sql(
            "SELECT u.username FROM app_user u JOIN membership m ON m.user_id = u.id"
                + " WHERE m.office_id = ? AND m.role = ? AND u.enabled ORDER BY u.username")
        .params(office.value(), role.name())
        .query(String.class)
        .list();
  }

  public Map<OfficeId, Set<Role>> memberships(UUID userId) {
    Map<OfficeId, Set<Role>> roles = new HashMap<>();
    jdbc.sql("SELECT office_id, role FROM membership WHERE user_id = ?")
        .param(userId)
        .query(
            rs -> {
              roles
                  .computeIfAbsent(
                      new OfficeId(rs.getObject("office_id", UUID.class)),
                      k -> EnumSet.noneOf(Role.class))
                  .add(Role.valueOf(rs.getString("role")));
            });
    return roles;
  }


  public boolean anyUserExists() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() > 0;
  }

  public void insert(
      UUID id, String username, String displayName, String passwordHash, Instant now) {
    jdbc.sql(
            "INSERT INTO app_user (id, username, display_name, password_hash, enabled,"
                + " failed_attempts, created_at, version) VALUES (?, ?, ?, ?, TRUE, 0, ?, 0)")
        .params(id, username, displayName, passwordHash, utc(now))
        .update();
  }

  public void replaceMemberships(UUID userId, Map<OfficeId, Set<Role>> roles) {
    jdbc.sql("DELETE FROM membership WHERE user_id = ?").param(userId).update();
    roles.forEach(
        (office, officeRoles) ->
            officeRoles.forEach(
                role ->
                    jdbc.sql("INSERT INTO membership (user_id, office_id, role) VALUES (?, ?, ?)")
                        .params(userId, office.value(), role.name())
                        .update()));
  }

  /**
   * Sets the flag and bumps the version if the caller saw the current one; false if stale. Disabling
   * also moves the credential epoch, so that no session of the user survives a later re-enabling.
   */
  public boolean update(UUID userId, long expectedVersion, String displayName, boolean enabled) {
    return jdbc.sql(
                "UPDATE app_user SET display_name = ?, enabled = ?, version = version + 1,"
                    + " credential_epoch = credential_epoch + CASE WHEN ? THEN 0 ELSE 1 END"
                    + " WHERE id = ? AND version = ?")
            .params(displayName, enabled, enabled, userId, expectedVersion)
            .update()
        == 1;
  }

  /**
   * Replaces the password and moves the credential epoch, which ends every session signed in with
   * the old one. A one-time password (from a reset) expires, and its sign-in must choose a new one.
   */
  public void setPassword(UUID userId, String passwordHash, @Nullable Instant oneTimeUntil) {
    jdbc.sql(
            "UPDATE app_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL,"
                + " must_change_password = ?, password_expires_at = ?, credential_epoch = credential_epoch + 1,"
                + " version = version + 1 WHERE id = ?")
        .params(passwordHash, oneTimeUntil != null, oneTimeUntil == null ? null : utc(oneTimeUntil), userId)
        .update();
  }

  /** A user's second factor as stored: the sealed secret, an enrolment waiting for its first code, the last step used. */
  public record SecondFactor(@Nullable String secret, @Nullable String pending, @Nullable Long lastStep) {}

  public SecondFactor secondFactor(UUID userId) {
    return jdbc.sql("SELECT totp_secret, totp_pending_secret, totp_last_step FROM app_user WHERE id = ?").param(userId)
        .query((rs, n) -> new SecondFactor(rs.getString(1), rs.getString(2), (Long) rs.getObject(3))).single();
  }

  public void beginSecondFactor(UUID userId, String sealedSecret) {
    jdbc.sql("UPDATE app_user SET totp_pending_secret = ? WHERE id = ?").params(sealedSecret, userId).update();
  }

  /** The enrolment is confirmed: the pending secret becomes the secret, with the step of the confirming code. */
  public void confirmSecondFactor(UUID userId, long step) {
    jdbc.sql("UPDATE app_user SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = ?"
        + " WHERE id = ? AND totp_pending_secret IS NOT NULL").params(step, userId).update();
  }

  /** Uses a time step once: false if this or a later step was used already (a replayed code). */
  public boolean useStep(UUID userId, long step) {
    return jdbc.sql("UPDATE app_user SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)")
        .params(step, userId, step).update() == 1;
  }

  public void replaceRecoveryCodes(UUID userId, List<String> hashes) {
    jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
    for (String hash : hashes) {
      jdbc.sql("INSERT INTO recovery_code (user_id, code_hash) VALUES (?, ?)").params(userId, hash).update();
    }
  }

  /** Uses a recovery code once: false if it is not one of the user's, or was used. */
  public boolean useRecoveryCode(UUID userId, String hash, Instant now) {
    return jdbc.sql("UPDATE recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL")
        .params(utc(now), userId, hash).update() == 1;
  }

  public void clearSecondFactor(UUID userId) {
    jdbc.sql("UPDATE app_user SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = NULL,"
        + " credential_epoch = credential_epoch + 1 WHERE id = ?").param(userId).update();
    jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
  }

  /** Counts a failed sign-in; from the limit on, the account waits as the backoff says. */
  public void recordFailure(String username, SignInBackoff backoff, Instant now) {
    jdbc.sql("UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE username = ?")
        .param(username)
        .update();
    findByUsername(username)
        .filter(account -> !backoff.after(account.failedAttempts()).isZero())
        .ifPresent(account -> jdbc.sql("UPDATE app_user SET locked_until = ? WHERE id = ?")
            .params(utc(now.plus(backoff.after(account.failedAttempts()))), account.id())
            .update());
  }

  public void recordSuccess(String username) {
    jdbc.sql(
            "UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE username = ?"
                + " AND (failed_attempts <> 0 OR locked_until IS NOT NULL)")
        .param(username)
        .update();
  }

  /** The order of the accounts: by username. */
  private static final Keyset BY_USERNAME = Keyset.of(Keyset.ascending("u.username", Keyset.Type.TEXT));

  public Keyset.Rows<Account> page(PageRequest page) {
    var statement = jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM app_user u WHERE " + BY_USERNAME.after(page)
            + " ORDER BY " + BY_USERNAME.orderBy() + " LIMIT :limit OFFSET :offset")
        .param("limit", page.size())
        .param("offset", page.offset());
    return BY_USERNAME.read(statement, page, (rs, n) -> account(rs, ""));
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
  }

  public Optional<Account> findById(UUID id) {
    return jdbc.sql("SELECT username FROM app_user WHERE id = ?")
        .param(id)
        .query(String.class)
        .optional()
        .flatMap(this::findByUsername);
  }

  private static Account account(java.sql.ResultSet rs, String passwordHash)
      throws java.sql.SQLException {
    OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
    OffsetDateTime expires = rs.getObject("password_expires_at", OffsetDateTime.class);
    return new Account(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("display_name"),
        passwordHash,
        rs.getBoolean("enabled"),
        rs.getInt("failed_attempts"),
        locked == null ? null : locked.toInstant(),
        rs.getLong("version"),
        rs.getLong("credential_epoch"),
        rs.getBoolean("must_change_password"),
        expires == null ? null : expires.toInstant(),
        rs.getBoolean("second_factor"));
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
