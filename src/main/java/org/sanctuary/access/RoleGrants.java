package org.sanctuary.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sanctuary.access.internal.UserStore;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.lists.Keyset;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.RuleRefusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two administrators for every grant that opens content: an administrator who gives a user a role
 * reading persons, cases or monitoring records (or the administrator role itself) only asks for it;
 * the role is held once another administrator, who is neither the one who asked nor the user, approves.
 * Nobody approves their own request or their own role. Analyst and auditor roles, which show no
 * person's content, and every removal of a role take effect at once.
 */
@Service
public class RoleGrants {

  /** Roles that open content: every role holding one of these permissions, and the administrator. */
  private static final Set<Permission> CONTENT =
      EnumSet.of(Permission.PERSON_READ, Permission.CASE_READ, Permission.MONITORING_READ, Permission.SOURCE_IDENTITY_READ);

  private final JdbcClient jdbc;
  private final UserStore users;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Clock clock;

  RoleGrants(JdbcClient jdbc, UserStore users, AccessPolicy access, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.users = users;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether granting the role needs a second administrator. */
  public static boolean needsSecondAdministrator(Role role) {
    return role == Role.ADMIN || CONTENT.stream().anyMatch(p -> p.grantedTo(role));
  }

  /**
   * Gives the user the roles asked for in each office, as the requesting administrator: removals and
   * roles that open no content at once, the others as requests for a second administrator. Requests
   * no longer asked for are withdrawn. While the requester is the only enabled administrator, the
   * administrator role itself is granted at once: a second administrator has to come from somewhere.
   */
  void apply(UUID userId, Map<OfficeId, Set<Role>> asked, Actor requester) {
    Map<OfficeId, Set<Role>> held = users.memberships(userId);
    List<RoleGrant> waiting = jdbc.sql(SELECT + " WHERE g.outcome IS NULL AND g.user_id = ?").param(userId)
        .query((rs, n) -> map(rs)).list();
    for (RoleGrant grant : waiting) {
      if (!asked.getOrDefault(grant.office(), Set.of()).contains(grant.role())) {
        jdbc.sql("UPDATE role_grant SET outcome = 'WITHDRAWN', decided_by = ?, decided_at = ? WHERE id = ?")
            .params(requester.userId(), now(), grant.id()).update();
      }
    }
    boolean onlyAdministrator = enabledAdministrators() <= 1;
    Map<OfficeId, Set<Role>> immediate = new java.util.HashMap<>();
    asked.forEach((office, roles) -> roles.forEach(role -> {
      boolean alreadyHeld = held.getOrDefault(office, Set.of()).contains(role);
      boolean atOnce = !needsSecondAdministrator(role) || (role == Role.ADMIN && onlyAdministrator);
      boolean alreadyAsked = waiting.stream().anyMatch(g -> g.office().equals(office) && g.role() == role);
      if (alreadyHeld || atOnce) {
        immediate.computeIfAbsent(office, k -> EnumSet.noneOf(Role.class)).add(role);
      } else if (!alreadyAsked) {
        jdbc.sql("INSERT INTO role_grant (id, user_id, office_id, role, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?)")
            .params(UUID.randomUUID(), userId, office.value(), role.name(), requester.userId(), now()).update();
        audit.record(AuditRecord.success("ROLE_GRANT_REQUESTED", "USER", userId, office.value()));
      }
    }));
    users.replaceMemberships(userId, immediate);
  }

  /** The order of the requests waiting: the oldest first. */
  private static final Keyset OLDEST_FIRST =
      Keyset.of(Keyset.ascending("g.requested_at", Keyset.Type.TIMESTAMP), Keyset.ascending("g.id", Keyset.Type.UUID));

  @Transactional(readOnly = true)
  public ResultPage<RoleGrant> pending(PageRequest page) {
    access.requireAnywhere(Permission.USER_MANAGE);
    var statement = jdbc.sql(SELECT + " WHERE g.outcome IS NULL AND " + OLDEST_FIRST.after(page) + " ORDER BY " + OLDEST_FIRST.orderBy()
            + " LIMIT :limit OFFSET :offset")
        .param("limit", page.size()).param("offset", page.offset());
    long total = jdbc.sql("SELECT COUNT(*) FROM role_grant WHERE outcome IS NULL").query(Long.class).single();
    return Keyset.page(OLDEST_FIRST.read(statement, page, (rs, n) -> map(rs)), page, total);
  }

  /** The requests waiting for one user. */
  @Transactional(readOnly = true)
  public List<RoleGrant> pendingFor(UUID userId) {
    access.requireAnywhere(Permission.USER_MANAGE);
    return jdbc.sql(SELECT + " WHERE g.outcome IS NULL AND g.user_id = ? ORDER BY g.requested_at, g.id")
        .param(userId).query((rs, n) -> map(rs)).list();
  }

  /**
   * The signed-in user's own roles still waiting for a second administrator's approval, so that a
   * newcomer who can open nothing yet is told why, and by whom it was asked.
   */
  @Transactional(readOnly = true)
  public List<RoleGrant> mine() {
    return jdbc.sql(SELECT + " WHERE g.outcome IS NULL AND g.user_id = ? ORDER BY g.requested_at, g.id")
        .param(access.actor().userId()).query((rs, n) -> map(rs)).list();
  }

  /** Whether the signed-in administrator may decide the request: neither its requester nor its user. */
  public boolean mayDecide(RoleGrant grant) {
    UUID me = access.actor().userId();
    return !grant.requestedBy().equals(me) && !grant.userId().equals(me);
  }

  /** A second administrator approves: the user holds the role from now on. */
  @Transactional
  public void approve(UUID grantId) {
    RoleGrant grant = decidable(grantId);
    jdbc.sql("INSERT INTO membership (user_id, office_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        .params(grant.userId(), grant.office().value(), grant.role().name()).update();
    decide(grant, "APPROVED");
  }

  /** A second administrator refuses the request; nothing is granted. */
  @Transactional
  public void reject(UUID grantId) {
    decide(decidable(grantId), "REJECTED");
  }

  private RoleGrant decidable(UUID grantId) {
    access.requireAnywhere(Permission.USER_MANAGE);
    RoleGrant grant = jdbc.sql(SELECT + " WHERE g.id = ? AND g.outcome IS NULL").param(grantId)
        .query((rs, n) -> map(rs)).optional().orElseThrow(() -> new NotFound("role grant"));
    if (!mayDecide(grant)) {
      audit.recordRefusal(AuditRecord.refused("ROLE_GRANT_DECIDED", "USER", grant.userId(), grant.office().value(),
          "SECOND_ADMINISTRATOR_REQUIRED"));
      throw new RuleRefusal("SECOND_ADMINISTRATOR_REQUIRED",
          "A role that opens content is approved by another administrator: not the one who asked for it, nor its user.");
    }
    return grant;
  }

  private void decide(RoleGrant grant, String outcome) {
    int decided = jdbc.sql("UPDATE role_grant SET outcome = ?, decided_by = ?, decided_at = ? WHERE id = ? AND outcome IS NULL")
        .params(outcome, access.actor().userId(), now(), grant.id()).update();
    if (decided == 0) {
      throw new NotFound("role grant"); // decided by someone else in the meantime: this transaction rolls back
    }
    String action = outcome.equals("APPROVED") ? "ROLE_GRANT_APPROVED" : "ROLE_GRANT_REJECTED";
    audit.record(AuditRecord.success(action, "USER", grant.userId(), grant.office().value()));
  }

  private long enabledAdministrators() {
    return jdbc.sql("SELECT COUNT(DISTINCT u.id) FROM app_user u JOIN membership m ON m.user_id = u.id"
        + " WHERE m.role = 'ADMIN' AND u.enabled").query(Long.class).single();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static final String SELECT = "SELECT g.id, g.user_id, u.username, g.office_id, g.role, g.requested_by,"
      + " r.username AS requester, g.requested_at FROM role_grant g JOIN app_user u ON u.id = g.user_id"
      + " JOIN app_user r ON r.id = g.requested_by";

  private static RoleGrant map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new RoleGrant(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("username"),
        new OfficeId(rs.getObject("office_id", UUID.class)), Role.valueOf(rs.getString("role")),
        rs.getObject("requested_by", UUID.class), rs.getString("requester"),
        rs.getObject("requested_at", OffsetDateTime.class).toInstant());
  }
}
