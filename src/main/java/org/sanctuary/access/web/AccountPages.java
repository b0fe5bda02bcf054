package org.sanctuary.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Passwords;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: changing the password, which ends every other session and token
 * and keeps this one. After an administrator's reset it is the only page open until it is done.
 */
@Controller
class AccountPages {

  record PasswordForm(@Nullable String currentPassword, @Nullable String newPassword, @Nullable String repeatPassword) {}

  private final Passwords passwords;
  private final AccessPolicy access;
  private final SignIn signIn;
  private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  AccountPages(Passwords passwords, AccessPolicy access, SignIn signIn) {
    this.passwords = passwords;
    this.access = access;
    this.signIn = signIn;
  }

  @GetMapping("/account/password")
  @PreAuthorize("isAuthenticated()")
  String passwordForm(Model model) {
    return page(model, Map.of());
  }

  @PostMapping("/account/password")
  @PreAuthorize("isAuthenticated()")
  String changePassword(PasswordForm form, Model model, HttpServletRequest request, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      if (form.newPassword() != null && !form.newPassword().equals(form.repeatPassword())) {
        throw ValidationFailed.of("repeatPassword", "is not the same as the new password");
      }
      passwords.changeOwn(form.currentPassword(), form.newPassword(), null);
    } catch (ValidationFailed e) {
      return page(model, e.messagesByField());
    }
    // This session goes on with the new credentials: a new session id, the account as it is now.
    request.changeSessionId();
    SignedInUser renewed = (SignedInUser) signIn.loadUserByUsername(access.actor().username());
    renewed.eraseCredentials();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
    SecurityContextHolder.setContext(context);
    sessions.saveContext(context, request, response);
    redirect.addFlashAttribute("passwordChanged", true);
    return "redirect:/";
  }

  private String page(Model model, Map<String, String> errors) {
    model.addAttribute("errors", errors);
    Object principal = SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    model.addAttribute("mustChange", principal instanceof SignedInUser user && user.mustChangePassword());
    return "account/password";
  }
}
