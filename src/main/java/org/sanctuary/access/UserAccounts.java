package org.sanctuary.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sanctuary.access.internal.ApiTokens;
import org.sanctuary.access.internal.UserStore;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.lists.Keyset;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.StaleVersion;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User administration: create users, set their roles per office, enable and disable them. */
@Service
public class UserAccounts {

  private final UserStore users;
  private final Offices offices;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final PasswordEncoder encoder;
  private final Clock clock;
  private final ApiTokens tokens;
  private final PasswordPolicy passwords;
  private final RoleGrants grants;

  UserAccounts(
      RoleGrants grants,
      Environment environment,
      ApiTokens tokens,
      UserStore users,
      Offices offices,
      AccessPolicy access,
      AuditTrail audit,
      PasswordEncoder encoder,
      Clock clock) {
    this.grants = grants;
    this.tokens = tokens;
    this.passwords = new PasswordPolicy(environment.matchesProfiles("demo"));
    this.users = users;
    this.offices = offices;
    this.access = access;
    this.audit = audit;
    this.encoder = encoder;
    this.clock = clock;
  }

  /** The name a user signs with (their display name), as a letter they signed shows it; the user name if none is found. */
  @Transactional(readOnly = true)
  public String signatureName(String username) {
    return users.findByUsername(username).map(UserStore.Account::displayName).orElse(username);
  }

  @Transactional(readOnly = true)
  public ResultPage<UserSummary> page(PageRequest page) {
    access.requireAnywhere(Permission.USER_MANAGE);
    Keyset.Rows<UserStore.Account> accounts = users.page(page);
    List<UserSummary> items = accounts.items().stream().map(this::summary).toList();
    return Keyset.page(new Keyset.Rows<>(items, accounts.next()), page, users.count());
  }

  @Transactional(readOnly = true)
  public UserSummary find(UUID id) {
    access.requireAnywhere(Permission.USER_MANAGE);
    return summary(users.findById(id).orElseThrow(() -> new NotFound("user")));
  }

  private UserSummary summary(UserStore.Account a) {
    return new UserSummary(
        a.id(),
        a.username(),
        a.displayName(),
        a.enabled(),
        a.lockedUntil() != null && a.lockedUntil().isAfter(clock.instant()),
        a.version(),
        users.memberships(a.id()));
  }

  /**
   * Creates a user; roles that open content wait for a second administrator's approval
   * ({@link RoleGrants}), the others are held at once.
   */
  @Transactional
  public UUID create(NewUser user) {
    Actor admin = access.requireAnywhere(Permission.USER_MANAGE);
    UUID id = insert(user);
    grants.apply(id, user.roles(), admin);
    audit.record(AuditRecord.success("USER_CREATED", "USER", id, null));
    return id;
  }

  /** For start-up and demo data, before anyone is signed in: every role at once. */
  @Transactional
  public UUID createUnchecked(NewUser user) {
    UUID id = insert(user);
    users.replaceMemberships(id, user.roles());
    audit.record(AuditRecord.success("USER_CREATED", "USER", id, null));
    return id;
  }

  private UUID insert(NewUser user) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!user.username().matches("[a-z0-9_.-]{3,64}")) {
      problems.add(
          new FieldProblem("username", "must be 3 to 64 lower-case letters, digits, _ . or -"));
    } else if (users.findByUsername(user.username()).isPresent()) {
      problems.add(new FieldProblem("username", "is already taken"));
    }
    if (user.displayName().isBlank() || user.displayName().length() > 200) {
      problems.add(new FieldProblem("displayName", "must be 1 to 200 characters"));
    }
    passwords.refusal(user.password(), List.of(user.username(), user.displayName()))
        .ifPresent(refusal -> problems.add(new FieldProblem("password", refusal)));
    problems.addAll(checkRoles(user.roles()));
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    UUID id = UUID.randomUUID();
    users.insert(
        id, user.username(), user.displayName().strip(), encoder.encode(user.password()), clock.instant());
    return id;
  }

  @Transactional
  public void update(
      UUID id, long version, String displayName, boolean enabled, Map<OfficeId, Set<Role>> roles) {
    Actor admin = access.requireAnywhere(Permission.USER_MANAGE);
    users.findById(id).orElseThrow(() -> new NotFound("user"));
    List<FieldProblem> problems = new ArrayList<>(checkRoles(roles));
    if (displayName.isBlank() || displayName.length() > 200) {
      problems.add(new FieldProblem("displayName", "must be 1 to 200 characters"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    if (!users.update(id, version, displayName.strip(), enabled)) {
      audit.recordRefusal(AuditRecord.refused("USER_UPDATED", "USER", id, null, "STALE_VERSION"));
      throw new StaleVersion("user", version);
    }
    grants.apply(id, roles, admin);
    if (!enabled) {
      tokens.revokeAll(id);
    }
    audit.record(AuditRecord.success("USER_UPDATED", "USER", id, null));
  }

  /** Who holds the role in the office: the choices when a command names someone (an interviewer, an assignee). */
  @Transactional(readOnly = true)
  public List<String> holders(Role role, OfficeId office) {
    return users.holders(role, office);
  }

  /** Whether the user holds the role in the office: for naming people in commands (e.g. an interviewer). */
  @Transactional(readOnly = true)
  public boolean holds(String username, Role role, OfficeId office) {
    return users.findByUsername(username)
        .map(account -> users.memberships(account.id()).getOrDefault(office, Set.of()).contains(role))
        .orElse(false);
  }

  private List<FieldProblem> checkRoles(Map<OfficeId, Set<Role>> roles) {
    List<FieldProblem> problems = new ArrayList<>();
    if (roles.isEmpty() || roles.values().stream().allMatch(Set::isEmpty)) {
      problems.add(new FieldProblem("roles", "give at least one role in one office"));
    }
    Map<OfficeId, Office> known = offices.byId();
    for (OfficeId office : roles.keySet()) {
      if (!known.containsKey(office)) {
        problems.add(FieldProblem.of("roles", "unknown office {0}", office));
      }
    }
    return problems;
  }
}
