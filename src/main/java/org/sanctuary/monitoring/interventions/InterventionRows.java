package org.sanctuary.monitoring.interventions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.lists.Keyset;
import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of interventions, their linked persons and events, and the teams' addressees. Only
 * {@link Interventions} uses it; text marked sensitive is sealed there and opened here, after the
 * query scoped to the reader's teams.
 */
@Repository
class InterventionRows {

  /** What was asked and the response's note, as stored. */
  record Text(String asked, @Nullable String note) {}

  /** An open intervention whose follow-up date has passed. */
  record Due(UUID id, OfficeId office, String addressee, LocalDate due) {}

  private final JdbcClient jdbc;
  private final Vault vault;

  InterventionRows(JdbcClient jdbc, Vault vault) {
    this.jdbc = jdbc;
    this.vault = vault;
  }

  Optional<Addressee> addressee(UUID id, OfficeId team) {
    return jdbc.sql("SELECT id, office_id, name, kind FROM intervention_addressee WHERE id = :id AND office_id IN (:teams)")
        .param("id", id).param(TeamScope.TEAMS, List.of(team.value()))
        .query((rs, n) -> addressee(rs)).optional();
  }

  boolean hasAddressee(OfficeId team, String name) {
    return jdbc.sql("SELECT COUNT(*) FROM intervention_addressee WHERE office_id IN (:teams) AND name = :name")
        .param(TeamScope.TEAMS, List.of(team.value())).param("name", name).query(Long.class).single() > 0;
  }

  void insertAddressee(UUID id, OfficeId team, String name, RecipientType kind, String by, OffsetDateTime at) {
    jdbc.sql("INSERT INTO intervention_addressee (id, office_id, name, kind, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, team.value(), name, kind.name(), by, at)
        .update();
  }

  List<Addressee> addressees(TeamScope scope, int atMost) {
    return jdbc.sql("SELECT id, office_id, name, kind FROM intervention_addressee WHERE office_id IN (:teams) ORDER BY name, id"
            + " FETCH FIRST " + atMost + " ROWS ONLY")
        .param(TeamScope.TEAMS, scope.ids())
        .query((rs, n) -> addressee(rs)).list();
  }

  private static Addressee addressee(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Addressee(rs.getObject("id", UUID.class), new OfficeId(rs.getObject("office_id", UUID.class)), rs.getString("name"),
        RecipientType.valueOf(rs.getString("kind")));
  }

  void insert(UUID id, Interventions.Draft draft, Addressee addressee, String by, OffsetDateTime at) {
    jdbc.sql("INSERT INTO intervention (id, office_id, addressee, addressee_id, sent_on, asked, response, status, priority,"
            + " next_follow_up, recorded_by, recorded_at, version) VALUES (?, ?, ?, ?, ?, ?, 'NONE', 'OPEN', ?, ?, ?, ?, 0)")
        .params(id, draft.office().value(), addressee.name(), addressee.id(), draft.sentOn(), draft.asked().strip(),
            (draft.priority() == null ? Intervention.Priority.NORMAL : draft.priority()).name(), draft.nextFollowUp(), by, at)
        .update();
    for (UUID person : draft.persons()) {
      jdbc.sql("INSERT INTO intervention_person (intervention_id, person_id) VALUES (?, ?)").params(id, person).update();
    }
    for (UUID event : draft.events()) {
      jdbc.sql("INSERT INTO intervention_event (intervention_id, event_id) VALUES (?, ?)").params(id, event).update();
    }
  }

  boolean textSensitive(UUID id, OfficeId team) {
    return jdbc.sql("SELECT text_sensitive FROM intervention WHERE id = :id AND office_id IN (:teams)").param("id", id)
        .param(TeamScope.TEAMS, List.of(team.value())).query(Boolean.class).single();
  }

  /** The follow-up, if the intervention is still at the version read. */
  boolean followUp(UUID id, long version, Intervention.Response response, @Nullable String note, Intervention.Status status,
      @Nullable LocalDate next) {
    return jdbc.sql("UPDATE intervention SET response = ?, response_note = ?, status = ?, next_follow_up = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?")
        .params(response.name(), note, status.name(), next, id, version)
        .update() > 0;
  }

  /** The orders of the intervention lists: the overdue follow-ups, the longest overdue first; all, the latest sent first. */
  private static final Keyset LONGEST_OVERDUE =
      Keyset.of(Keyset.ascending("next_follow_up", Keyset.Type.DATE), Keyset.ascending("id", Keyset.Type.UUID));
  private static final Keyset LATEST_SENT =
      Keyset.of(Keyset.descending("sent_on", Keyset.Type.DATE), Keyset.ascending("id", Keyset.Type.UUID));

  ResultPage<Intervention> list(boolean overdueOnly, PageRequest page, TeamScope scope, LocalDate today) {
    Keyset order = overdueOnly ? LONGEST_OVERDUE : LATEST_SENT;
    List<UUID> teams = scope.ids();
    String where = " WHERE office_id IN (:teams)" + (overdueOnly ? " AND status = 'OPEN' AND next_follow_up < :today" : "");
    var list = jdbc.sql("SELECT * FROM intervention" + where + " AND " + order.after(page)
            + " ORDER BY " + order.orderBy() + " LIMIT :limit OFFSET :offset")
        .param(TeamScope.TEAMS, teams).param("limit", page.size()).param("offset", page.offset());
    var count = jdbc.sql("SELECT COUNT(*) FROM intervention" + where).param(TeamScope.TEAMS, teams);
    if (overdueOnly) {
      list = list.param("today", today);
      count = count.param("today", today);
    }
    Keyset.Rows<Intervention> rows = order.read(list, page, (rs, n) -> map(rs, today));
    return Keyset.page(new Keyset.Rows<>(withLinks(rows.items()), rows.next()), page, count.query(Long.class).single());
  }

  Intervention read(UUID id, TeamScope scope, LocalDate today) {
    return withLinks(jdbc.sql("SELECT * FROM intervention WHERE id = :id AND office_id IN (:teams)")
        .param("id", id).param(TeamScope.TEAMS, scope.ids())
        .query((rs, n) -> map(rs, today)).list()).get(0);
  }

  Text text(UUID id, OfficeId team) {
    return jdbc.sql("SELECT asked, response_note FROM intervention WHERE id = :id AND office_id IN (:teams)").param("id", id)
        .param(TeamScope.TEAMS, List.of(team.value())).query((rs, n) -> new Text(rs.getString(1), rs.getString(2))).single();
  }

  /** The text sealed, if the intervention is still at the version read. */
  boolean sealText(UUID id, long version, String asked, @Nullable String note) {
    return jdbc.sql("UPDATE intervention SET asked = ?, response_note = ?, text_sensitive = TRUE, version = version + 1"
            + " WHERE id = ? AND version = ?")
        .params(asked, note, id, version)
        .update() > 0;
  }

  /** The open interventions overdue, locked so that one node's daily run raises each alert once. */
  List<Due> overdue(LocalDate today) {
    return jdbc.sql("SELECT id, office_id, addressee, next_follow_up FROM intervention WHERE status = 'OPEN'"
            + " AND next_follow_up < ? ORDER BY next_follow_up, id FOR UPDATE SKIP LOCKED").param(today)
        .query((rs, n) -> new Due(rs.getObject(1, UUID.class), new OfficeId(rs.getObject(2, UUID.class)), rs.getString(3),
            rs.getObject(4, LocalDate.class))).list();
  }

  /** The intervention's team, if it is one of the scope's; otherwise not found. */
  OfficeId officeOf(UUID id, TeamScope scope) {
    return jdbc.sql("SELECT office_id FROM intervention WHERE id = :id AND office_id IN (:teams)").param("id", id)
        .param(TeamScope.TEAMS, scope.ids()).query(UUID.class).optional().map(OfficeId::new)
        .orElseThrow(() -> new NotFound("intervention"));
  }

  /** The intervention as its readers see it; text marked sensitive is opened here, after the scoped query. */
  private Intervention map(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
    LocalDate next = rs.getObject("next_follow_up", LocalDate.class);
    Intervention.Status status = Intervention.Status.valueOf(rs.getString("status"));
    UUID id = rs.getObject("id", UUID.class);
    OfficeId office = new OfficeId(rs.getObject("office_id", UUID.class));
    return new Intervention(id, office,
        rs.getString("addressee"), rs.getObject("sent_on", LocalDate.class), vault.open(office, Interventions.ASKED.place(id), rs.getString("asked")),
        Intervention.Response.valueOf(rs.getString("response")),
        vault.openOrNull(office, Interventions.RESPONSE_NOTE.place(id), rs.getString("response_note")), rs.getBoolean("text_sensitive"), status,
        Intervention.Priority.valueOf(rs.getString("priority")), next,
        status == Intervention.Status.OPEN && next != null && next.isBefore(today), List.of(), List.of(), rs.getLong("version"));
  }

  private List<Intervention> withLinks(List<Intervention> items) {
    if (items.isEmpty()) {
      return items;
    }
    List<UUID> ids = items.stream().map(Intervention::id).toList();
    Map<UUID, List<UUID>> people = new HashMap<>();
    Map<UUID, List<UUID>> linked = new HashMap<>();
    jdbc.sql("SELECT intervention_id, person_id FROM intervention_person WHERE intervention_id IN (:ids)").param("ids", ids)
        .query(rs -> {
          people.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
        });
    jdbc.sql("SELECT intervention_id, event_id FROM intervention_event WHERE intervention_id IN (:ids)").param("ids", ids)
        .query(rs -> {
          linked.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
        });
    return items.stream().map(i -> new Intervention(i.id(), i.office(), i.addressee(), i.sentOn(), i.asked(), i.response(),
        i.responseNote(), i.textSensitive(), i.status(), i.priority(), i.nextFollowUp(), i.followUpOverdue(), people.getOrDefault(i.id(), List.of()),
        linked.getOrDefault(i.id(), List.of()), i.version())).toList();
  }
}
