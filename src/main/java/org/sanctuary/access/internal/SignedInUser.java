package org.sanctuary.access.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.sanctuary.access.Actor;
import org.sanctuary.access.Permission;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.jspecify.annotations.Nullable;

/**
 * The security principal: the actor plus what sign-in needs. Its authorities are the permissions the
 * actor holds in at least one office, which is what endpoint annotations test; office scope is
 * checked again by the services.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

  private final Actor actor;
  private @Nullable String passwordHash;
  private final boolean enabled;
  private final boolean locked;
  private final long credentialEpoch;
  private final Instant signedInAt;
  private final boolean mustChangePassword;
  private final boolean passwordExpired;
  private final boolean secondFactorPending;
  private final boolean secondFactorToEnrol;

  public SignedInUser(
      Actor actor,
      @Nullable String passwordHash,
      boolean enabled,
      boolean locked,
      long credentialEpoch,
      Instant signedInAt,
      boolean mustChangePassword,
      boolean passwordExpired,
      boolean secondFactorPending,
      boolean secondFactorToEnrol) {
    this.actor = actor;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
    this.locked = locked;
    this.credentialEpoch = credentialEpoch;
    this.signedInAt = signedInAt;
    this.mustChangePassword = mustChangePassword;
    this.passwordExpired = passwordExpired;
    this.secondFactorPending = secondFactorPending;
    this.secondFactorToEnrol = secondFactorToEnrol;
  }

  /** Signed in with the password; the second factor is still to be given before anything else. */
  public boolean secondFactorPending() {
    return secondFactorPending;
  }

  /** Holds a role that requires a second factor and has none yet: enrolment comes before anything else. */
  public boolean secondFactorToEnrol() {
    return secondFactorToEnrol;
  }

  /** The same user, the second factor given. */
  public SignedInUser withSecondFactorGiven() {
    return new SignedInUser(actor, null, enabled, locked, credentialEpoch, signedInAt, mustChangePassword, passwordExpired,
        false, false);
  }

  public Actor actor() {
    return actor;
  }

  /** The account's credential epoch when this user signed in; a session from an older one is over. */
  public long credentialEpoch() {
    return credentialEpoch;
  }

  /** When the password was checked: a session lasts at most its lifetime from then. */
  public Instant signedInAt() {
    return signedInAt;
  }

  /** Set by an administrator's reset: nothing but choosing a new password until it is done. */
  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities =
        actor.permissions().stream()
            .map(Permission::name)
            .<GrantedAuthority>map(SimpleGrantedAuthority::new)
            .toList();
    return authorities;
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  /** A one-time password from a reset stops working after its time. */
  @Override
  public boolean isCredentialsNonExpired() {
    return !passwordExpired;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
