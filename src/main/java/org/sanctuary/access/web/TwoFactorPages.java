package org.sanctuary.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.TwoFactor;
import org.sanctuary.access.internal.SignIn;
import org.sanctuary.access.internal.SignedInUser;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second factor on pages: after the password, the code from the authenticator app (or a
 * recovery code) before anything else; and enrolment, with a QR code, a first code to confirm, and
 * the recovery codes shown once.
 */
@Controller
class TwoFactorPages {

  private final TwoFactor twoFactor;
  private final SignIn signIn;
  private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  TwoFactorPages(TwoFactor twoFactor, SignIn signIn) {
    this.twoFactor = twoFactor;
    this.signIn = signIn;
  }

  @GetMapping("/login/second-factor")
  @PreAuthorize("isAuthenticated()")
  String secondFactor(Model model) {
    model.addAttribute("errors", Map.of());
    return "account/second-factor";
  }

  @PostMapping("/login/second-factor")
  @PreAuthorize("isAuthenticated()")
  String checkSecondFactor(@RequestParam(required = false) @Nullable String code, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    SignedInUser user = signedIn();
    if (!user.secondFactorPending()) {
      return "redirect:/";
    }
    if (signIn.waiting(user.getUsername()) || !twoFactor.verify(user.actor().userId(), code)) {
      signIn.secondFactorFailed(user.getUsername());
      model.addAttribute("errors", Map.of("code", "is not a valid code; try the next one the app shows, or a recovery code"));
      return "account/second-factor";
    }
    signIn.secondFactorGiven(user.getUsername());
    renew(user.withSecondFactorGiven(), request, response);
    return "redirect:/";
  }

  @GetMapping("/account/two-factor")
  @PreAuthorize("isAuthenticated()")
  String enrolment(Model model) {
    return page(model, Map.of());
  }

  @PostMapping("/account/two-factor")
  @PreAuthorize("isAuthenticated()")
  String confirm(@RequestParam(required = false) @Nullable String code, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    try {
      List<String> recovery = twoFactor.confirm(code);
      renew(signedIn().withSecondFactorGiven(), request, response);
      model.addAttribute("recoveryCodes", recovery);
      return "account/recovery-codes";
    } catch (ValidationFailed e) {
      return page(model, e.messagesByField());
    }
  }

  private String page(Model model, Map<String, String> errors) {
    model.addAttribute("enrolled", twoFactor.enrolled());
    model.addAttribute("enrolment", twoFactor.begin());
    model.addAttribute("required", twoFactor.requiredFor(signedIn().actor()));
    model.addAttribute("requiredRoles", twoFactor.rolesThatRequireIt());
    model.addAttribute("errors", errors);
    return "account/two-factor";
  }

  private static SignedInUser signedIn() {
    return (SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
  }

  /** This session goes on as the user with the second factor given: a new session id, saved. */
  private void renew(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    sessions.saveContext(context, request, response);
  }
}
