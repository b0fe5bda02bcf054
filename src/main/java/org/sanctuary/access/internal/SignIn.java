package org.sanctuary.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.sanctuary.access.Actor;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password, counting failures per account and per source address: past
 * {@code failedSignInLimit} consecutive failures an account waits before its next try, and past
 * {@code sourceFailureLimit} so does the address, whatever account it names; the wait starts at a
 * minute and doubles up to {@code lockout}. While waiting even the right password fails, and the
 * caller is never told which part was wrong, nor that anyone is waiting. A wait stops new sign-ins
 * only: the account's live sessions and tokens go on.
 *
 * <p>It also answers, on every request of a signed-in session, whether the session still stands:
 * the account exists and is enabled, its password and enabled flag have not changed since (the
 * credential epoch), and the session is younger than its lifetime. Roles are read afresh each time.
 */
@Component
public class SignIn implements UserDetailsService, AuthenticationManager {

  private final UserStore users;
  private final SignInSources sources;
  private final AccessProperties properties;
  private final Clock clock;
  private final AuthenticationManager passwordCheck;
  private final SignInBackoff backoff;
  private final org.sanctuary.access.TwoFactor twoFactor;

  public SignIn(UserStore users, SignInSources sources, AccessProperties properties, Clock clock, PasswordEncoder encoder,
      @org.springframework.context.annotation.Lazy org.sanctuary.access.TwoFactor twoFactor) {
    this.twoFactor = twoFactor;
    this.users = users;
    this.sources = sources;
    this.properties = properties;
    this.clock = clock;
    this.backoff = new SignInBackoff(properties.failedSignInLimit(), properties.lockout());
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(this);
    provider.setPasswordEncoder(encoder);
    this.passwordCheck = new ProviderManager(provider);
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return loaded(users.memberByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown")));
  }

  /** The user a live API token belongs to, as they stand now; empty for an unknown, expired or revoked token. */
  public Optional<SignedInUser> loadUserByToken(String tokenDigest) {
    return users.memberByToken(tokenDigest, clock.instant()).map(this::loaded);
  }

  private SignedInUser loaded(UserStore.Member member) {
    UserStore.Account account = member.account();
    Instant lockedUntil = account.lockedUntil();
    boolean locked = lockedUntil != null && lockedUntil.isAfter(clock.instant());
    return signedIn(member, account.passwordHash(), locked, clock.instant(), account.secondFactor());
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String username = request.getName();
    String source = sourceOf(request);
    if (sources.waiting(source)) {
      throw new BadCredentialsException("sign-in failed");
    }
    try {
      Authentication result = passwordCheck.authenticate(request);
      if (!((SignedInUser) result.getPrincipal()).secondFactorPending()) {
        users.recordSuccess(username); // with a second factor, only the code completes a success
      }
      return result;
    } catch (BadCredentialsException e) {
      users.recordFailure(username, backoff, clock.instant());
      sources.failed(source);
      throw new BadCredentialsException("sign-in failed");
    } catch (AuthenticationException e) {
      sources.failed(source);
      throw new BadCredentialsException("sign-in failed");
    }
  }

  /**
   * The session's user as the account stands now, or empty when the session must end: the account
   * is gone or disabled, its credentials changed since sign-in, or the session outlived its lifetime.
   * A sign-in wait (after someone else's failed guesses) does not end it.
   */
  public Optional<SignedInUser> current(SignedInUser session) {
    Instant signedInAt = session.signedInAt();
    Instant now = clock.instant();
    if (signedInAt.plus(properties.sessionLifetime()).isBefore(now)) {
      return Optional.empty();
    }
    return users.memberByUsername(session.getUsername())
        .filter(member -> member.account().enabled())
        .filter(member -> member.account().credentialEpoch() == session.credentialEpoch())
        .map(member -> signedIn(member, null, false, signedInAt, session.secondFactorPending()));
  }

  private SignedInUser signedIn(UserStore.Member member, @org.jspecify.annotations.Nullable String passwordHash, boolean locked,
      Instant signedInAt, boolean secondFactorPending) {
    UserStore.Account account = member.account();
    Actor actor = member.actor();
    Instant expires = account.passwordExpiresAt();
    return new SignedInUser(actor, passwordHash, account.enabled(), locked, account.credentialEpoch(), signedInAt,
        account.mustChangePassword(), expires != null && expires.isBefore(clock.instant()), secondFactorPending,
        !account.secondFactor() && twoFactor.requiredFor(actor));
  }

  /** The second factor was given: the sign-in succeeded, its failures are forgotten. */
  public void secondFactorGiven(String username) {
    users.recordSuccess(username);
  }

  /** A wrong second factor counts as a failed sign-in of the account, with the same waits. */
  public void secondFactorFailed(String username) {
    users.recordFailure(username, backoff, clock.instant());
  }

  /** Whether the account is waiting after failed sign-ins (no code is tried meanwhile). */
  public boolean waiting(String username) {
    return users.findByUsername(username)
        .map(a -> a.lockedUntil() != null && a.lockedUntil().isAfter(clock.instant())).orElse(true);
  }

  /** The address the attempt came from (the proxy's forwarded address where one is trusted). */
  static String sourceOf(Authentication request) {
    return request.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
        ? details.getRemoteAddress()
        : "unknown";
  }
}
