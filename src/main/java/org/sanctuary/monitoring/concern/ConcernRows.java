package org.sanctuary.monitoring.concern;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.lists.Keyset;
import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.registry.PersonId;
import org.sanctuary.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of persons of concern: who follows whom, and their fate. Only {@link PersonsOfConcern} uses it. */
@Repository
class ConcernRows {

  /** A person followed, with the last word on their whereabouts; the fate's note as stored (sealed). */
  record Row(UUID person, UUID team, LocalDate since, String fate, @Nullable String note, @Nullable String status,
      @Nullable String text, @Nullable LocalDate earliest) {}

  record Listed(List<Row> rows, long total, @Nullable String next) {}

  /**
   * The orders of the lists: the whereabouts unknown, the longest first (those unknown since a day not
   * known, last); everyone followed, the latest followed first.
   */
  private static final Keyset LONGEST_UNKNOWN = Keyset.of(
      new Keyset.Key("COALESCE(l.on_earliest, DATE '9999-12-31')", "unknown_since", Keyset.Type.DATE, false),
      Keyset.ascending("c.person_id", Keyset.Type.UUID));
  private static final Keyset LATEST_FOLLOWED =
      Keyset.of(Keyset.descending("c.followed_since", Keyset.Type.DATE), Keyset.ascending("c.person_id", Keyset.Type.UUID));

  private final JdbcClient jdbc;

  ConcernRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether any team follows the person: a person is followed by one team only. */
  boolean followed(PersonId person) {
    return jdbc.sql("SELECT COUNT(*) FROM person_of_concern WHERE person_id = ?").param(person.value())
        .query(Long.class).single() > 0;
  }

  void follow(PersonId person, OfficeId team, LocalDate since, String by) {
    jdbc.sql("INSERT INTO person_of_concern (person_id, office_id, followed_since, followed_by, fate) VALUES (?, ?, ?, ?, 'UNKNOWN')")
        .params(person.value(), team.value(), since, by)
        .update();
  }

  Optional<UUID> teamOf(PersonId person, TeamScope scope) {
    return jdbc.sql("SELECT office_id FROM person_of_concern WHERE person_id = :id AND office_id IN (:teams)")
        .param("id", person.value()).param(TeamScope.TEAMS, scope.ids())
        .query(UUID.class).optional();
  }

  void recordFate(PersonId person, PersonOfConcern.Fate fate, @Nullable String sealedNote) {
    jdbc.sql("UPDATE person_of_concern SET fate = ?, fate_note = ? WHERE person_id = ?")
        .params(fate.name(), sealedNote, person.value())
        .update();
  }

  /** The columns of a row, with the person's last observation (l), from the persons followed (c) by the teams. */
  private static final String SELECT = "SELECT c.person_id, c.office_id, c.followed_since, c.fate, c.fate_note, l.status,"
      + " l.on_text, l.on_earliest, COALESCE(l.on_earliest, DATE '9999-12-31') AS unknown_since";

  private static final String FROM = " FROM person_of_concern c LEFT JOIN whereabouts_entry l ON l.id ="
      + " (SELECT w.id FROM whereabouts_entry w WHERE w.person_id = c.person_id ORDER BY w.recorded_at DESC, w.id DESC LIMIT 1)"
      + " WHERE c.office_id IN (:teams)";

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class));
  }

  /** The persons the scope follows; with {@code unknownOnly}, those last seen "whereabouts unknown", longest first. */
  Listed list(boolean unknownOnly, PageRequest page, TeamScope scope) {
    List<UUID> teams = scope.ids();
    String from = FROM + (unknownOnly ? " AND l.status = 'WHEREABOUTS_UNKNOWN'" : "");
    Keyset order = unknownOnly ? LONGEST_UNKNOWN : LATEST_FOLLOWED;
    var statement = jdbc.sql(SELECT + from + " AND " + order.after(page)
            + " ORDER BY " + order.orderBy() + " LIMIT :limit OFFSET :offset")
        .param(TeamScope.TEAMS, teams).param("limit", page.size()).param("offset", page.offset());
    Keyset.Rows<Row> rows = order.read(statement, page, (rs, n) -> row(rs));
    long total = jdbc.sql("SELECT COUNT(*)" + from).param(TeamScope.TEAMS, teams).query(Long.class).single();
    return new Listed(rows.items(), total, rows.next());
  }

  /** The rows of the persons among {@code persons} that the scope follows, in the order of the list. */
  List<Row> followed(java.util.Collection<UUID> persons, TeamScope scope) {
    if (persons.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + FROM + " AND c.person_id IN (:persons) ORDER BY " + LATEST_FOLLOWED.orderBy())
        .param(TeamScope.TEAMS, scope.ids()).param("persons", List.copyOf(persons))
        .query((rs, n) -> row(rs)).list();
  }
}
