package org.sanctuary.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a signed-in session, reads the account again: a disabled user, a changed or
 * reset password, or a session past its lifetime ends the session there and then (the request goes
 * on as anyone not signed in would); otherwise the request runs with the roles the user holds now,
 * not those they held at sign-in. One step comes before any page: the second factor after the
 * password, a new password after an administrator's reset, enrolment of a second factor where the
 * user's roles require one.
 */
final class CurrentAccountFilter extends OncePerRequestFilter {

  /** What a session may open while one step (second factor, new password, enrolment) comes first. */
  private static boolean openBefore(String onlyPage, HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(onlyPage) || path.equals("/logout") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
        || path.equals("/favicon.ico") || path.equals("/error");
  }


  static final String CHANGE_PASSWORD = "/account/password";
  static final String SECOND_FACTOR = "/login/second-factor";
  static final String ENROL = "/account/two-factor";

  private final SignIn signIn;

  CurrentAccountFilter(SignIn signIn) {
    this.signIn = signIn;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser session) {
      Optional<SignedInUser> current = signIn.current(session);
      if (current.isEmpty()) {
        HttpSession httpSession = request.getSession(false);
        if (httpSession != null) {
          httpSession.invalidate();
        }
        SecurityContextHolder.clearContext();
      } else {
        // For this request only: the session keeps what it was signed in with, to compare next time.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(current.get(), null, current.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        String onlyPage = current.get().secondFactorPending() ? SECOND_FACTOR
            : current.get().mustChangePassword() ? CHANGE_PASSWORD
            : current.get().secondFactorToEnrol() ? ENROL : null;
        if (onlyPage != null && !openBefore(onlyPage, request)) {
          response.sendRedirect(request.getContextPath() + onlyPage);
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }
}
