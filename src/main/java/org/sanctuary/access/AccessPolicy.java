package org.sanctuary.access;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sanctuary.access.internal.SignIn;
import org.sanctuary.access.internal.SignedInUser;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.sanctuary.shared.NotPermitted;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The question every application service asks before it touches a record: who is acting, and in
 * which offices may they do this. The answer feeds the query itself, so office scope is applied in
 * the database, not after it.
 */
@Component
public class AccessPolicy {

  private final SignIn signIn;

  AccessPolicy(@Lazy SignIn signIn) {
    this.signIn = signIn;
  }

  /** The signed-in actor. */
  public Actor actor() {
    return signedIn().orElseThrow(() -> new NotPermitted("no signed-in user"));
  }

  /** The signed-in actor, if anyone is signed in. */
  public Optional<Actor> signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
      return Optional.of(user.actor());
    }
    return Optional.empty();
  }

  /** The offices in which the actor holds the permission; refused when there are none. */
  public Set<OfficeId> scope(Permission permission) {
    Set<OfficeId> offices = actor().officesWith(permission);
    if (offices.isEmpty()) {
      throw new NotPermitted("your roles do not include " + permission);
    }
    return offices;
  }

  /** Refuses unless the actor holds the permission in that office. */
  public Actor require(Permission permission, OfficeId office) {
    Actor actor = actor();
    if (!actor.may(permission, office)) {
      throw new NotPermitted("your roles in this office do not include " + permission);
    }
    return actor;
  }

  /**
   * Runs start-up work (demo data, imports) as a named user, so that it passes the same permission
   * checks and leaves the same audit entries as that user would through the API.
   */
  public <T> T actingAs(String username, Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    UserDetails user = signIn.loadUserByUsername(username);
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  /** Refuses unless the actor holds an organisation-wide permission in any office. */
  public Actor requireAnywhere(Permission permission) {
    Actor actor = actor();
    if (!actor.mayAnywhere(permission)) {
      throw new NotPermitted("your roles do not include " + permission);
    }
    return actor;
  }
}
