package org.sanctuary.access.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.NewUser;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.OfficeType;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Passwords;
import org.sanctuary.access.Role;
import org.sanctuary.access.RoleGrant;
import org.sanctuary.access.RoleGrants;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.RuleRefusal;
import org.sanctuary.access.UserAccounts;
import org.sanctuary.access.UserSummary;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration pages: users with their roles per office, and offices. Roles are granted on a grid
 * of offices × roles, posted as {@code officeId:ROLE} values.
 */
@Controller
class AdminPages {

  record UserForm(
      @Nullable String username,
      @Nullable String displayName,
      @Nullable String password,
      @Nullable Long version,
      @Nullable Boolean enabled,
      @Nullable List<String> grants) {}

  record OfficeForm(@Nullable String code, @Nullable String name, @Nullable OfficeType type) {}

  private final UserAccounts accounts;
  private final Offices offices;
  private final Passwords passwords;
  private final RoleGrants grants;
  private final org.sanctuary.access.TwoFactor twoFactor;

  AdminPages(UserAccounts accounts, Offices offices, Passwords passwords, RoleGrants grants, org.sanctuary.access.TwoFactor twoFactor) {
    this.twoFactor = twoFactor;
    this.grants = grants;
    this.passwords = passwords;
    this.accounts = accounts;
    this.offices = offices;
  }

  /** Requests waiting for a second administrator, listed a page at a time beside the users. */
  private static final int GRANTS_PAGE_SIZE = 100;

  @GetMapping("/admin/users")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  String users(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int grantsPage, Model model) {
    model.addAttribute("result", accounts.page(new PageRequest(Math.max(0, page), 50)));
    ResultPage<RoleGrant> waiting = grants.pending(new PageRequest(Math.max(0, grantsPage), GRANTS_PAGE_SIZE));
    model.addAttribute("grants", waiting);
    model.addAttribute("decidable", waiting.items().stream().filter(grants::mayDecide).map(RoleGrant::id).toList());
    model.addAttribute("offices", offices.byId());
    return "admin/users";
  }

  @PostMapping("/admin/role-grants/{id}/approval")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  String approve(@PathVariable UUID id, RedirectAttributes redirect) {
    return decide(() -> grants.approve(id), redirect);
  }

  @PostMapping("/admin/role-grants/{id}/rejection")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  String reject(@PathVariable UUID id, RedirectAttributes redirect) {
    return decide(() -> grants.reject(id), redirect);
  }

  private String decide(Runnable decision, RedirectAttributes redirect) {
    try {
      decision.run();
      redirect.addFlashAttribute("saved", true);
    } catch (RuleRefusal refusal) {
      redirect.addFlashAttribute("refusal", refusal.getMessage());
    }
    return "redirect:/admin/users";
  }

  @GetMapping("/admin/users/new")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  String newUser(Model model) {
    return userForm(model, new UserForm("", "", "", null, true, List.of()), null, Map.of());
  }

  @PostMapping("/admin/users")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  String create(UserForm form, Model model, RedirectAttributes redirect) {
    try {
      accounts.create(
          new NewUser(
              orEmpty(form.username()), orEmpty(form.displayName()), orEmpty(form.password()), roles(form)));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/admin/users";
    } catch (ValidationFailed e) {
      return userForm(model, form, null, e.messagesByField());
    }
  }

  @GetMapping("/admin/users/{id}")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  String editUser(@PathVariable UUID id, Model model) {
    UserSummary user = accounts.find(id);
    List<String> grants =
        user.roles().entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(r -> e.getKey() + ":" + r))
            .toList();
    return userForm(
        model,
        new UserForm(user.username(), user.displayName(), null, user.version(), user.enabled(), grants),
        id,
        Map.of());
  }

  @PostMapping("/admin/users/{id}")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  String update(@PathVariable UUID id, UserForm form, Model model, RedirectAttributes redirect) {
    try {
      accounts.update(
          id,
          form.version() == null ? -1 : form.version(),
          orEmpty(form.displayName()),
          Boolean.TRUE.equals(form.enabled()),
          roles(form));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/admin/users";
    } catch (ValidationFailed e) {
      return userForm(model, form, id, e.messagesByField());
    }
  }

  @PostMapping("/admin/users/{id}/password-reset")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  String resetPassword(@PathVariable UUID id, Model model) {
    UserSummary user = accounts.find(id);
    try {
      model.addAttribute("reset", passwords.reset(id));
    } catch (ValidationFailed e) {
      model.addAttribute("refusal", e.messagesByField().values().iterator().next());
    }
    model.addAttribute("user", user);
    return "admin/password-reset";
  }

  @PostMapping("/admin/users/{id}/two-factor-reset")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  String resetTwoFactor(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      twoFactor.reset(id);
      redirect.addFlashAttribute("saved", true);
    } catch (ValidationFailed e) {
      redirect.addFlashAttribute("refusal", e.messagesByField().values().iterator().next());
    }
    return "redirect:/admin/users";
  }

  @GetMapping("/admin/offices")
  @PreAuthorize("hasAuthority('OFFICE_MANAGE')")
  String offices(Model model) {
    return officePage(model, new OfficeForm("", "", OfficeType.MANDATE_OFFICE), Map.of());
  }

  @PostMapping("/admin/offices")
  @PreAuthorize("hasAuthority('OFFICE_MANAGE')")
  String createOffice(OfficeForm form, Model model, RedirectAttributes redirect) {
    try {
      if (form.type() == null) {
        throw ValidationFailed.of("type", "is required");
      }
      offices.create(orEmpty(form.code()), orEmpty(form.name()), form.type());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/admin/offices";
    } catch (ValidationFailed e) {
      return officePage(model, form, e.messagesByField());
    }
  }

  /** An office's name in another language than English: what pages and letters in that language show. */
  @PostMapping("/admin/offices/names")
  @PreAuthorize("hasAuthority('OFFICE_MANAGE')")
  String nameOffice(
      @org.springframework.web.bind.annotation.RequestParam java.util.UUID officeId,
      @org.springframework.web.bind.annotation.RequestParam(required = false) String language,
      @org.springframework.web.bind.annotation.RequestParam(required = false) String name,
      Model model, RedirectAttributes redirect) {
    try {
      offices.name(new org.sanctuary.access.OfficeId(officeId), language, name);
      redirect.addFlashAttribute("saved", true);
      return "redirect:/admin/offices";
    } catch (ValidationFailed e) {
      model.addAttribute("nameErrors", e.messagesByField());
      return officePage(model, new OfficeForm("", "", OfficeType.MANDATE_OFFICE), Map.of());
    }
  }

  private String officePage(Model model, OfficeForm form, Map<String, String> errors) {
    List<org.sanctuary.access.Office> all = offices.all();
    Map<org.sanctuary.access.OfficeId, Map<String, String>> otherNames = new java.util.LinkedHashMap<>();
    all.forEach(o -> otherNames.put(o.id(), offices.otherNames(o.id())));
    model.addAttribute("otherNames", otherNames);
    if (!model.containsAttribute("nameErrors")) {
      model.addAttribute("nameErrors", Map.of());
    }
    model.addAttribute("officeList", all);
    model.addAttribute("types", OfficeType.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "admin/offices";
  }

  private String userForm(Model model, UserForm form, @Nullable UUID id, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("userId", id);
    model.addAttribute("pending", id == null ? List.of() : grants.pendingFor(id));
    model.addAttribute("offices", offices.byId());
    model.addAttribute("errors", errors);
    model.addAttribute("officeList", offices.all());
    model.addAttribute("roles", Role.values());
    return "admin/user-form";
  }

  private static Map<OfficeId, Set<Role>> roles(UserForm form) {
    Map<OfficeId, Set<Role>> roles = new LinkedHashMap<>();
    if (form.grants() == null) {
      return roles;
    }
    for (String grant : form.grants()) {
      String[] parts = grant.split(":");
      if (parts.length != 2) {
        throw ValidationFailed.of("roles", "unreadable grant");
      }
      try {
        roles
            .computeIfAbsent(OfficeId.of(parts[0]), k -> EnumSet.noneOf(Role.class))
            .add(Role.valueOf(parts[1]));
      } catch (IllegalArgumentException e) {
        throw ValidationFailed.of("roles", "unreadable grant");
      }
    }
    return roles;
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
