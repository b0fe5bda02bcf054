package org.sanctuary.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}, with the roles the user
 * holds now. A token that is unknown, expired or revoked, or whose user is disabled, gets 401. A
 * sign-in wait after failed guesses does not stop a live token: anyone can guess wrong in a name.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private static final String PREFIX = "Bearer ";

  private final SignIn signIn;
  private final ProblemResponses problems;

  BearerTokenFilter(SignIn signIn, ProblemResponses problems) {
    this.signIn = signIn;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.startsWith(PREFIX)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<SignedInUser> user = signIn.loadUserByToken(ApiTokens.digest(header.substring(PREFIX.length()).strip()));
    if (user.isEmpty() || !user.get().isEnabled()) {
      problems.unauthenticated(response, "The token is unknown, expired or revoked.");
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            user.get(), null, user.get().getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
