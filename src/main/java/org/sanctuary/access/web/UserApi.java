package org.sanctuary.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Passwords;
import org.sanctuary.access.RoleGrant;
import org.sanctuary.access.RoleGrants;
import org.sanctuary.access.NewUser;
import org.sanctuary.access.OfficerProfiles;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Role;
import org.sanctuary.access.UserAccounts;
import org.sanctuary.access.UserSummary;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User administration, and who the caller is. */
@RestController
@Tag(name = "Users")
class UserApi {

  record Membership(@Nullable UUID officeId, @Nullable List<Role> roles) {}

  record UserRequest(
      @Nullable String username,
      @Nullable String displayName,
      @Nullable String password,
      @Nullable Boolean enabled,
      @Nullable Long version,
      @Nullable List<Membership> memberships) {}

  /** Who the caller is; {@code awaitingApproval}: roles asked for them that a second administrator has not yet approved. */
  record Me(String username, String displayName, Map<OfficeId, Set<Role>> roles, Set<String> permissions,
      List<org.sanctuary.access.RoleGrant> awaitingApproval) {}

  record OfficerProfileRequest(@Nullable String sex, @Nullable List<String> languages, @Nullable Boolean traumaTrained) {}

  private final UserAccounts accounts;
  private final AccessPolicy access;
  private final OfficerProfiles profiles;
  private final Passwords passwords;
  private final RoleGrants grants;
  private final org.sanctuary.access.TwoFactor twoFactor;

  UserApi(UserAccounts accounts, AccessPolicy access, OfficerProfiles profiles, Passwords passwords, RoleGrants grants,
      org.sanctuary.access.TwoFactor twoFactor) {
    this.twoFactor = twoFactor;
    this.grants = grants;
    this.passwords = passwords;
    this.accounts = accounts;
    this.access = access;
    this.profiles = profiles;
  }

  @PutMapping("/api/users/{id}/officer-profile")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  @Operation(summary = "Set an officer's sex, interview languages and trauma-training tag, which interview guards read")
  ResponseEntity<Void> officerProfile(@PathVariable UUID id, @RequestBody OfficerProfileRequest request) {
    profiles.set(id, request.sex(), request.languages(), request.traumaTrained());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/me")
  @PreAuthorize("isAuthenticated()")
  @Operation(summary = "Who the caller is, with roles per office, permissions, and the roles asked for them that await a second"
      + " administrator's approval")
  Me me() {
    Actor actor = access.actor();
    return new Me(
        actor.username(),
        actor.displayName(),
        actor.roles(),
        actor.permissions().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
        grants.mine());
  }

  record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {}

  @PostMapping("/api/me/password")
  @PreAuthorize("isAuthenticated()")
  @Operation(summary = "Change your own password with the current one; every other token and session of yours ends,"
      + " the token of this request goes on")
  ResponseEntity<Void> changePassword(@RequestBody PasswordChange change, HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    passwords.changeOwn(change.currentPassword(), change.newPassword(),
        header != null && header.startsWith("Bearer ") ? header.substring("Bearer ".length()).strip() : null);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/users/{id}/password-reset")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  @Operation(summary = "Reset another user's password to a one-time password (shown once) that works for 72 hours and only"
      + " to choose a new one; every session and token of the user ends")
  ResponseEntity<Passwords.Reset> resetPassword(@PathVariable UUID id) {
    return ResponseEntity.status(HttpStatus.CREATED).body(passwords.reset(id));
  }

  @PostMapping("/api/users/{id}/two-factor-reset")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  @Operation(summary = "Remove another user's second factor (a lost phone and lost recovery codes); their sessions end and"
      + " they enrol again at their next sign-in where their roles require it")
  ResponseEntity<Void> resetTwoFactor(@PathVariable UUID id) {
    twoFactor.reset(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/role-grants")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  @Operation(summary = "Roles waiting for a second administrator's approval, oldest first")
  ResultPage<RoleGrant> pendingGrants(@RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return grants.pending(new PageRequest(page, size, after));
  }

  @PostMapping("/api/role-grants/{id}/approval")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  @Operation(summary = "Approve a role as the second administrator (not the one who asked, nor the user):"
      + " SECOND_ADMINISTRATOR_REQUIRED otherwise")
  ResponseEntity<Void> approve(@PathVariable UUID id) {
    grants.approve(id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/role-grants/{id}/rejection")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  @Operation(summary = "Refuse a role as the second administrator")
  ResponseEntity<Void> reject(@PathVariable UUID id) {
    grants.reject(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/users")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  @Operation(summary = "List users")
  ResultPage<UserSummary> list(
      @RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return accounts.page(new PageRequest(page, size, after));
  }

  @PostMapping("/api/users")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  @Operation(summary = "Create a user with roles per office; roles that open persons, cases or monitoring records (and the"
      + " administrator role) wait for a second administrator (GET /api/role-grants)")
  ResponseEntity<Map<String, UUID>> create(@RequestBody UserRequest request) {
    UUID id =
        accounts.create(
            new NewUser(
                orEmpty(request.username()),
                orEmpty(request.displayName()),
                orEmpty(request.password()),
                roles(request.memberships())));
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
  }

  @PutMapping("/api/users/{id}")
  @PreAuthorize("hasAuthority('USER_MANAGE')")
  @Operation(summary = "Change a user's name, roles or enabled flag (optimistic version)")
  ResponseEntity<Void> update(@PathVariable UUID id, @RequestBody UserRequest request) {
    if (request.version() == null) {
      throw ValidationFailed.of("version", "is required");
    }
    accounts.update(
        id,
        request.version(),
        orEmpty(request.displayName()),
        request.enabled() == null || request.enabled(),
        roles(request.memberships()));
    return ResponseEntity.noContent().build();
  }

  private static Map<OfficeId, Set<Role>> roles(@Nullable List<Membership> memberships) {
    Map<OfficeId, Set<Role>> roles = new LinkedHashMap<>();
    if (memberships == null) {
      return roles;
    }
    for (int i = 0; i < memberships.size(); i++) {
      Membership m = memberships.get(i);
      if (m.officeId() == null || m.roles() == null || m.roles().isEmpty()) {
        throw ValidationFailed.of("memberships[" + i + "]", "needs an officeId and at least one role");
      }
      roles.computeIfAbsent(new OfficeId(m.officeId()), k -> EnumSet.noneOf(Role.class)).addAll(m.roles());
    }
    return roles;
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
