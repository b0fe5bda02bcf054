package org.sanctuary.access.internal;

import java.time.Clock;
import java.time.Instant;
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
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password, counting failures: after {@code failedSignInLimit} consecutive
 * failures the account locks for {@code lockout}, and while locked even the right password fails. The
 * caller is never told which part was wrong, nor that the account is locked.
 */
@Component
public class SignIn implements UserDetailsService, AuthenticationManager {

  private final UserStore users;
  private final AccessProperties properties;
  private final Clock clock;
  private final AuthenticationManager passwordCheck;

  public SignIn(UserStore users, AccessProperties properties, Clock clock, PasswordEncoder encoder) {
    this.users = users;
    this.properties = properties;
    this.clock = clock;
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(this);
    provider.setPasswordEncoder(encoder);
    this.passwordCheck = new ProviderManager(provider);
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserStore.Account account =
        users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    Instant lockedUntil = account.lockedUntil();
    boolean locked = lockedUntil != null && lockedUntil.isAfter(clock.instant());
    Actor actor = users.actor(account);
    return new SignedInUser(actor, account.passwordHash(), account.enabled(), locked);
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String username = request.getName();
    try {
      Authentication result = passwordCheck.authenticate(request);
      users.recordSuccess(username);
      return result;
    } catch (BadCredentialsException e) {
      users.recordFailure(
          username, properties.failedSignInLimit(), clock.instant().plus(properties.lockout()));
      throw new BadCredentialsException("sign-in failed");
    } catch (AuthenticationException e) {
      throw new BadCredentialsException("sign-in failed");
    }
  }
}
