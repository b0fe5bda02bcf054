package org.sanctuary.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sanctuary.access.OfficeId;
import org.sanctuary.lists.Keyset;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registration groups in SQL, scoped by office in every read. */
@Repository
class Groups {

  private final JdbcClient jdbc;

  Groups(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(RegistrationGroup group, Instant now) {
    jdbc.sql(
            "INSERT INTO registration_group (id, office_id, label, kind, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, 0)")
        .params(
            group.id().value(), group.office().value(), group.label(), group.kind().name(), Persons.utc(now))
        .update();
    insertChildren(group);
  }

  boolean update(RegistrationGroup group, long expectedVersion) {
    int updated =
        jdbc.sql(
                "UPDATE registration_group SET label = ?, kind = ?, version = version + 1"
                    + " WHERE id = ? AND version = ?")
            .params(group.label(), group.kind().name(), group.id().value(), expectedVersion)
            .update();
    if (updated == 0) {
      return false;
    }
    jdbc.sql("DELETE FROM family_link WHERE group_id = ?").param(group.id().value()).update();
    jdbc.sql("DELETE FROM group_member WHERE group_id = ?").param(group.id().value()).update();
    insertChildren(group);
    return true;
  }

  private void insertChildren(RegistrationGroup group) {
    for (int i = 0; i < group.members().size(); i++) {
      jdbc.sql("INSERT INTO group_member (group_id, person_id, position) VALUES (?, ?, ?)")
          .params(group.id().value(), group.members().get(i).value(), i)
          .update();
    }
    for (FamilyLink link : group.links()) {
      jdbc.sql(
              "INSERT INTO family_link (group_id, from_person, to_person, relation) VALUES (?, ?, ?, ?)")
          .params(group.id().value(), link.from().value(), link.to().value(), link.relation().name())
          .update();
    }
  }

  Optional<RegistrationGroup> find(GroupId id, Set<OfficeId> scope) {
    return jdbc.sql(
            "SELECT id, office_id, label, kind, version FROM registration_group"
                + " WHERE id = :id AND office_id IN (:scope)")
        .param("id", id.value())
        .param("scope", Persons.ids(scope))
        .query(
            (rs, n) ->
                new RegistrationGroup(
                    id,
                    new OfficeId(rs.getObject("office_id", UUID.class)),
                    rs.getString("label"),
                    GroupKind.valueOf(rs.getString("kind")),
                    members(id),
                    links(id),
                    rs.getLong("version")))
        .optional();
  }

  private List<PersonId> members(GroupId id) {
    return jdbc.sql("SELECT person_id FROM group_member WHERE group_id = ? ORDER BY position")
        .param(id.value())
        .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
        .list();
  }

  private List<FamilyLink> links(GroupId id) {
    return jdbc.sql("SELECT from_person, to_person, relation FROM family_link WHERE group_id = ?")
        .param(id.value())
        .query(
            (rs, n) ->
                new FamilyLink(
                    new PersonId(rs.getObject(1, UUID.class)),
                    new PersonId(rs.getObject(2, UUID.class)),
                    FamilyRelation.valueOf(rs.getString(3))))
        .list();
  }

  /** How many of the persons belong to the office: all of them, or the group is refused. */
  long countInOffice(List<PersonId> persons, OfficeId office) {
    if (persons.isEmpty()) {
      return 0;
    }
    return jdbc.sql("SELECT COUNT(*) FROM person WHERE office_id = :office AND id IN (:ids)")
        .param("office", office.value())
        .param("ids", persons.stream().map(PersonId::value).toList())
        .query(Long.class)
        .single();
  }

  List<GroupSummary> ofPerson(PersonId person, Set<OfficeId> scope) {
    return summaries(
        " WHERE g.office_id IN (:scope) AND g.id IN (SELECT group_id FROM group_member WHERE person_id = :person)",
        person,
        scope,
        100,
        0);
  }

  /** The order of group lists: the newest first. */
  private static final Keyset NEWEST_FIRST =
      Keyset.of(Keyset.descending("g.created_at", Keyset.Type.TIMESTAMP), Keyset.ascending("g.id", Keyset.Type.UUID));

  ResultPage<GroupSummary> search(String label, Set<OfficeId> scope, PageRequest page) {
    String where = " WHERE g.office_id IN (:scope) AND LOWER(g.label) LIKE :label";
    String pattern = label.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%";
    long total =
        jdbc.sql("SELECT COUNT(*) FROM registration_group g" + where)
            .param("scope", Persons.ids(scope))
            .param("label", pattern)
            .query(Long.class)
            .single();
    var statement =
        jdbc.sql(
                "SELECT g.id, g.office_id, g.label, g.kind, g.created_at,"
                    + " (SELECT COUNT(*) FROM group_member m WHERE m.group_id = g.id) AS members"
                    + " FROM registration_group g"
                    + where
                    + " AND " + NEWEST_FIRST.after(page) + " ORDER BY " + NEWEST_FIRST.orderBy() + " LIMIT :limit OFFSET :offset")
            .param("scope", Persons.ids(scope))
            .param("label", pattern)
            .param("limit", page.size())
            .param("offset", page.offset());
    return Keyset.page(NEWEST_FIRST.read(statement, page, Groups::summary), page, total);
  }

  private List<GroupSummary> summaries(
      String where, PersonId person, Set<OfficeId> scope, int limit, long offset) {
    return jdbc.sql(
            "SELECT g.id, g.office_id, g.label, g.kind,"
                + " (SELECT COUNT(*) FROM group_member m WHERE m.group_id = g.id) AS members"
                + " FROM registration_group g"
                + where
                + " ORDER BY " + NEWEST_FIRST.orderBy() + " LIMIT :limit OFFSET :offset")
        .param("scope", Persons.ids(scope))
        .param("person", person.value())
        .param("limit", limit)
        .param("offset", offset)
        .query(Groups::summary)
        .list();
  }

  private static GroupSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new GroupSummary(
        new GroupId(rs.getObject("id", UUID.class)),
        new OfficeId(rs.getObject("office_id", UUID.class)),
        rs.getString("label"),
        GroupKind.valueOf(rs.getString("kind")),
        rs.getInt("members"));
  }
}
