package org.sanctuary.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.internal.ApiTokens;
import org.sanctuary.access.internal.SignIn;
import org.sanctuary.access.internal.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens for programs: exchange a user name and password for a token, or revoke it. */
@RestController
@Tag(name = "Tokens")
class TokenApi {

  record Credentials(@Nullable String username, @Nullable String password, @Nullable String code) {}

  record TokenView(String token, Instant expiresAt) {}

  private final SignIn signIn;
  private final ApiTokens tokens;
  private final AccessPolicy access;
  private final org.sanctuary.access.TwoFactor twoFactor;

  TokenApi(SignIn signIn, ApiTokens tokens, AccessPolicy access, org.sanctuary.access.TwoFactor twoFactor) {
    this.twoFactor = twoFactor;
    this.signIn = signIn;
    this.tokens = tokens;
    this.access = access;
  }

  @PostMapping("/api/tokens")
  @PreAuthorize("permitAll()")
  @Operation(
      summary = "Issue a bearer token",
      description =
          "Open to anyone. Repeated failures make the account and the address wait; the answer never says"
              + " which part was wrong. A user with a second factor sends the code too (SECOND_FACTOR_REQUIRED"
              + " otherwise); one whose roles require a second factor enrols on the pages first.")
  ResponseEntity<?> issue(@RequestBody Credentials credentials, HttpServletRequest request) {
    try {
      var attempt =
          UsernamePasswordAuthenticationToken.unauthenticated(
              credentials.username() == null ? "" : credentials.username(),
              credentials.password() == null ? "" : credentials.password());
      attempt.setDetails(new WebAuthenticationDetails(request));
      var authentication = signIn.authenticate(attempt);
      SignedInUser user = (SignedInUser) authentication.getPrincipal();
      if (user.mustChangePassword()) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
            "Your password was reset: sign in on the web pages and choose a new one first.");
        problem.setTitle("Password change required");
        problem.setProperty("code", "PASSWORD_CHANGE_REQUIRED");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
      }
      if (user.secondFactorToEnrol()) {
        return refusal(HttpStatus.FORBIDDEN, "SECOND_FACTOR_ENROLMENT_REQUIRED",
            "Your roles require a second factor: sign in on the web pages and enrol one first.");
      }
      if (user.secondFactorPending() && (signIn.waiting(user.getUsername()) || !twoFactor.verify(user.actor().userId(),
          credentials.code()))) {
        signIn.secondFactorFailed(user.getUsername());
        return refusal(HttpStatus.UNAUTHORIZED, "SECOND_FACTOR_REQUIRED",
            "Send the code your authenticator app shows now (or a recovery code) as `code`.");
      }
      if (user.secondFactorPending()) {
        signIn.secondFactorGiven(user.getUsername());
      }
      ApiTokens.Issued issued = tokens.issue(user.actor().userId());
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(new TokenView(issued.token(), issued.expiresAt()));
    } catch (AuthenticationException e) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.UNAUTHORIZED, "Sign-in failed. Check the user name and password, or try later.");
      problem.setTitle("Not signed in");
      problem.setProperty("code", "UNAUTHENTICATED");
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
  }

  private static ResponseEntity<ProblemDetail> refusal(HttpStatus status, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(status.getReasonPhrase());
    problem.setProperty("code", code);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @DeleteMapping("/api/tokens/current")
  @PreAuthorize("isAuthenticated()")
  @Operation(summary = "Revoke the token this request carries")
  ResponseEntity<Void> revoke(HttpServletRequest request) {
    access.actor();
    String header = request.getHeader("Authorization");
    tokens.revoke(header.substring("Bearer ".length()).strip());
    return ResponseEntity.noContent().build();
  }
}
