package org.sanctuary.monitoring.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.lists.Keyset;
import org.sanctuary.monitoring.events.MonitoringEvent.Verification;
import org.sanctuary.monitoring.places.Gazetteer;
import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.registry.Sex;
import org.sanctuary.shared.AgeBand;
import org.sanctuary.shared.CountClaim;
import org.sanctuary.shared.CountQualifier;
import org.sanctuary.shared.CountUnit;
import org.sanctuary.shared.DatePrecision;
import org.sanctuary.shared.DateQualifier;
import org.sanctuary.shared.IntervalDate;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.UnreadableValue;
import org.sanctuary.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The events' rows: every statement that reads or writes an event, its acts, claims, parts,
 * information and relations, and the count kept beside it. Only {@link Events} uses it; the rules,
 * the reader's permissions and the audit are there, the SQL is here. Every read of an event is
 * scoped to the reader's teams (TeamScope), or takes an event its caller found so.
 */
@Repository
class EventRows {

  private final JdbcClient jdbc;
  private final Gazetteer places;
  private final Vault vault;

  EventRows(JdbcClient jdbc, Gazetteer places, Vault vault) {
    this.jdbc = jdbc;
    this.places = places;
    this.vault = vault;
  }

  void insert(UUID id, OfficeId office, String title, IntervalDate date, @Nullable UUID place, @Nullable String precision,
      @Nullable String description, String recordedBy, OffsetDateTime at) {
    jdbc.sql("INSERT INTO monitoring_event (id, office_id, title, date_text, date_earliest, date_latest, place_id, place_precision,"
            + " description, verification, recorded_by, recorded_at, version, count_stale, long_span)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'UNVERIFIED', ?, ?, 0, FALSE, ?)")
        .params(id, office.value(), title, date.text(), date.earliest(), date.latest(), place, precision, description, recordedBy, at,
            Events.longSpan(date.earliest(), date.latest()))
        .update();
  }

  boolean isActType(@Nullable String code) {
    return code != null && jdbc.sql("SELECT COUNT(*) FROM act_type WHERE code = ?").param(code).query(Long.class).single() > 0;
  }

  void insertAct(UUID id, UUID event, Events.ActDraft draft, @Nullable UUID claim, @Nullable IntervalDate date) {
    jdbc.sql("INSERT INTO monitoring_act (id, event_id, act_type, victim_person_id, victim_group, victim_claim_id, date_text,"
            + " date_earliest, date_latest, place_id, victim_status_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, event, draft.actType(), draft.victimPerson(), draft.victimGroup(), claim, date == null ? null : date.text(),
            date == null ? null : date.earliest(), date == null ? null : date.latest(), draft.placeId(), draft.victimStatusAfter())
        .update();
    for (MonitoringEvent.Involvement involvement : draft.involvements()) {
      jdbc.sql("INSERT INTO involvement (id, act_id, perpetrator, kind, degree) VALUES (?, ?, ?, ?, ?)")
          .params(UUID.randomUUID(), id, involvement.perpetrator(), involvement.kind().name(), involvement.degree().name())
          .update();
    }
  }

  void insertInformation(UUID event, Events.InformationDraft draft) {
    jdbc.sql("INSERT INTO information_link (id, report_id, event_id, act_id, connection, reliability, credibility)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), draft.report(), event, draft.act(), draft.connection().name(), draft.reliability(),
            draft.credibility())
        .update();
  }

  UUID insertClaim(UUID report, UUID event, CountClaim claim) {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO count_claim (id, report_id, event_id, min_count, max_count, best, qualifier, unit, text)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, report, event, claim.min(), claim.max(), claim.best(), claim.qualifier().name(), claim.unit().name(), claim.text())
        .update();
    return id;
  }

  UUID insertPart(UUID claim, Sex sex, @Nullable AgeBand ageBand, CountClaim part) {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO count_claim_part (id, claim_id, sex, age_band, min_count, max_count, text) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(id, claim, sex.name(), ageBand == null ? null : ageBand.name(), part.min(), part.max(), part.text())
        .update();
    return id;
  }

  /** The reviewer's status, reasons and choice of count, if the event is still at the version read. */
  boolean review(UUID event, long version, Verification verification, String by, String reason, OffsetDateTime at,
      @Nullable UUID envelopeClaim) {
    return jdbc.sql("UPDATE monitoring_event SET verification = ?, verified_by = ?, verification_reason = ?, verified_at = ?,"
            + " envelope_claim_id = COALESCE(?, envelope_claim_id), version = version + 1 WHERE id = ? AND version = ?")
        .params(verification.name(), by, reason, at, envelopeClaim, event, version)
        .update() > 0;
  }

  @Nullable String description(UUID event, OfficeId office) {
    return jdbc.sql("SELECT description FROM monitoring_event WHERE id = :id AND office_id IN (:teams)")
        .param("id", event).param(TeamScope.TEAMS, List.of(office.value())).query(String.class).optional().orElse(null);
  }

  /** The description, sealed from now on, if the event is still at the version read. */
  boolean sealDescription(UUID event, long version, @Nullable String sealed) {
    return jdbc.sql("UPDATE monitoring_event SET description = ?, description_sensitive = TRUE, version = version + 1"
            + " WHERE id = ? AND version = ?")
        .params(sealed, event, version)
        .update() > 0;
  }

  void relate(UUID from, UUID to, MonitoringEvent.RelationKind kind) {
    jdbc.sql("INSERT INTO event_relation (from_event_id, to_event_id, kind) VALUES (?, ?, ?)").params(from, to, kind.name()).update();
  }

  /** The order of the event list: the latest recorded first. */
  private static final Keyset LATEST_RECORDED =
      Keyset.of(Keyset.descending("e.recorded_at", Keyset.Type.TIMESTAMP), Keyset.ascending("e.id", Keyset.Type.UUID));

  /** A page of the scope's events, newest first; optionally only those with one verification status. */
  ResultPage<Events.EventSummary> list(@Nullable Verification verification, PageRequest page, TeamScope scope) {
    String where = " WHERE e.office_id IN (:teams)" + (verification == null ? "" : " AND e.verification = :v");
    var list = jdbc.sql("SELECT e.id, e.title, e.date_text, e.place_id, e.verification, e.recorded_at,"
            + " (SELECT COUNT(DISTINCT l.report_id) FROM information_link l WHERE l.event_id = e.id) AS reports"
            + " FROM monitoring_event e" + where + " AND " + LATEST_RECORDED.after(page) + " ORDER BY " + LATEST_RECORDED.orderBy()
            + " LIMIT :limit OFFSET :offset")
        .param(TeamScope.TEAMS, scope.ids()).param("limit", page.size()).param("offset", page.offset());
    var count = jdbc.sql("SELECT COUNT(*) FROM monitoring_event e" + where).param(TeamScope.TEAMS, scope.ids());
    if (verification != null) {
      list = list.param("v", verification.name());
      count = count.param("v", verification.name());
    }
    record Row(UUID id, String title, String date, UUID place, Verification v, int reports, OffsetDateTime at) {}
    Keyset.Rows<Row> read = LATEST_RECORDED.read(list, page, (rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2),
        rs.getString(3), rs.getObject(4, UUID.class), Verification.valueOf(rs.getString(5)), rs.getInt("reports"),
        rs.getObject(6, OffsetDateTime.class)));
    List<Row> rows = read.items();
    Map<UUID, String> names = places.primaryNames(rows.stream().map(Row::place).filter(java.util.Objects::nonNull).toList());
    List<Events.EventSummary> items = rows.stream().map(r -> new Events.EventSummary(r.id(), r.title(), r.date(),
        r.place() == null ? null : names.get(r.place()), r.v(), r.reports(), r.at())).toList();
    return Keyset.page(new Keyset.Rows<>(items, read.next()), page, count.query(Long.class).single());
  }

  /** The vocabulary of acts: code and the vocabulary's own label. */
  Map<String, String> actTypeLabels() {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    jdbc.sql("SELECT code, label FROM act_type").query(rs -> {
      labels.put(rs.getString(1), rs.getString(2));
    });
    return labels;
  }

  /** The event with everything in it if it is one of the scope's teams', without audit: for readers that audit. */
  MonitoringEvent load(UUID id, TeamScope scope) {
    record Row(OfficeId office, String title, IntervalDate date, UUID place, String precision, String description,
        boolean sensitive, Verification verification, String verifiedBy, String reason, UUID envelope, long version) {}
    Row row = jdbc.sql("SELECT * FROM monitoring_event WHERE id = :id AND office_id IN (:teams)").param("id", id)
        .param(TeamScope.TEAMS, scope.ids())
        .query((rs, n) -> new Row(new OfficeId(rs.getObject("office_id", UUID.class)), rs.getString("title"), date(rs),
            rs.getObject("place_id", UUID.class), rs.getString("place_precision"), rs.getString("description"),
            rs.getBoolean("description_sensitive"), Verification.valueOf(rs.getString("verification")), rs.getString("verified_by"), rs.getString("verification_reason"),
            rs.getObject("envelope_claim_id", UUID.class), rs.getLong("version")))
        .optional().orElseThrow(() -> new NotFound("event"));
    List<MonitoringEvent.Claim> claims = claims(id);
    Map<UUID, MonitoringEvent.Claim> claimsById = new HashMap<>();
    claims.forEach(c -> claimsById.put(c.id(), c));
    Map<UUID, List<MonitoringEvent.Involvement>> involvements = new HashMap<>();
    jdbc.sql("SELECT i.act_id, i.perpetrator, i.kind, i.degree FROM involvement i JOIN monitoring_act a ON a.id = i.act_id"
            + " WHERE a.event_id = ? ORDER BY i.perpetrator").param(id)
        .query(rs -> {
          involvements.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new MonitoringEvent.Involvement(
              rs.getString(2), MonitoringEvent.PerpetratorKind.valueOf(rs.getString(3)), MonitoringEvent.Degree.valueOf(rs.getString(4))));
        });
    List<UUID> placeIds = new ArrayList<>();
    if (row.place() != null) {
      placeIds.add(row.place());
    }
    record ActRow(UUID id, String type, UUID person, String group, UUID claim, String date, UUID place, String status) {}
    List<ActRow> actRows = jdbc.sql("SELECT id, act_type, victim_person_id, victim_group, victim_claim_id, date_text, place_id,"
            + " victim_status_after FROM monitoring_act WHERE event_id = ? ORDER BY act_type, id").param(id)
        .query((rs, n) -> new ActRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
            rs.getObject(5, UUID.class), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8)))
        .list();
    actRows.stream().map(ActRow::place).filter(java.util.Objects::nonNull).forEach(placeIds::add);
    Map<UUID, String> placeNames = places.primaryNames(placeIds);
    List<MonitoringEvent.Act> acts = actRows.stream().map(a -> new MonitoringEvent.Act(a.id(), a.type(), a.person(), a.group(),
        a.claim() == null ? null : claimsById.get(a.claim()), a.date(), a.place() == null ? null : placeNames.get(a.place()),
        a.status(), involvements.getOrDefault(a.id(), List.of()))).toList();
    List<MonitoringEvent.Information> information = jdbc.sql(
            "SELECT l.report_id, r.reference, l.act_id, l.connection, l.reliability, l.credibility FROM information_link l"
                + " JOIN source_report r ON r.id = l.report_id WHERE l.event_id = ? ORDER BY r.reference").param(id)
        .query((rs, n) -> new MonitoringEvent.Information(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
            MonitoringEvent.Connection.valueOf(rs.getString(4)), rs.getString(5).charAt(0), rs.getInt(6)))
        .list();
    List<MonitoringEvent.Relation> relations = jdbc.sql(
            "SELECT to_event_id, kind FROM event_relation WHERE from_event_id = ? ORDER BY kind, to_event_id").param(id)
        .query((rs, n) -> new MonitoringEvent.Relation(rs.getObject(1, UUID.class), MonitoringEvent.RelationKind.valueOf(rs.getString(2))))
        .list();
    return new MonitoringEvent(id, row.office(), row.title(), row.date(), row.place(),
        row.place() == null ? null : placeNames.get(row.place()), row.precision(),
        vault.openOrNull(row.office(), Events.DESCRIPTION.place(id), row.description()), row.sensitive(), row.verification(),
        row.verifiedBy(), row.reason(), row.envelope(), acts, claims, parts(id), information, relations, row.version());
  }

  /**
   * Every event of the scope's teams with everything in it, oldest first, in one query per table (not
   * per event): for exports. No audit: the exporter audits.
   */
  List<MonitoringEvent> loadAll(TeamScope scope) {
    List<MonitoringEvent> all = new ArrayList<>();
    forEachChunk(scope, CHUNK, all::addAll);
    return all;
  }

  /** How many events a chunk of an export holds: its memory, not the team's size, bounds the export's. */
  static final int CHUNK = 500;

  /**
   * Every event of the scope's teams with everything in it, oldest first (those with no earliest date
   * last), a chunk at a time: the next chunk is found after the last event of the one before, so a
   * team of any size is read in memory of one chunk.
   */
  void forEachChunk(TeamScope scope, int size, java.util.function.Consumer<List<MonitoringEvent>> chunk) {
    List<UUID> teams = scope.ids();
    record Key(@Nullable LocalDate date, String title, UUID id) {}
    Key after = null;
    boolean dated = true;
    while (true) {
      String keyset = after == null ? "" : dated
          ? " AND (e.date_earliest > :d OR (e.date_earliest = :d AND (e.title > :t OR (e.title = :t AND e.id > :i))))"
          : " AND (e.title > :t OR (e.title = :t AND e.id > :i))";
      var query = jdbc.sql("SELECT e.*, n.name AS place_name FROM monitoring_event e"
              + " LEFT JOIN place_name n ON n.place_id = e.place_id AND n.is_primary WHERE e.office_id IN (:teams)"
              + (dated ? " AND e.date_earliest IS NOT NULL" : " AND e.date_earliest IS NULL") + keyset
              + (dated ? " ORDER BY e.date_earliest, e.title, e.id" : " ORDER BY e.title, e.id") + " FETCH FIRST " + size + " ROWS ONLY")
          .param(TeamScope.TEAMS, teams);
      if (after != null) {
        query = query.param("t", after.title()).param("i", after.id());
        if (dated) {
          query = query.param("d", after.date());
        }
      }
      List<MonitoringEvent> events = chunk(query);
      if (!events.isEmpty()) {
        MonitoringEvent last = events.get(events.size() - 1);
        after = new Key(last.date().earliest(), last.title(), last.id());
        chunk.accept(events);
      }
      if (events.size() < size) {
        if (!dated) {
          return;
        }
        dated = false;
        after = null;
      }
    }
  }

  /** The events the query selects (each with its primary place name), with everything in them. */
  private List<MonitoringEvent> chunk(JdbcClient.StatementSpec query) {
    record Head(UUID id, OfficeId team, String title, IntervalDate date, @Nullable UUID place, @Nullable String placeName,
        @Nullable String precision, @Nullable String description, boolean sensitive, Verification verification,
        @Nullable String verifiedBy, @Nullable String reason, @Nullable UUID envelope, long version) {}
    List<Head> heads = query.query((rs, n) -> new Head(rs.getObject("id", UUID.class), new OfficeId(rs.getObject("office_id", UUID.class)),
        rs.getString("title"), date(rs), rs.getObject("place_id", UUID.class), rs.getString("place_name"), rs.getString("place_precision"),
        rs.getString("description"), rs.getBoolean("description_sensitive"), Verification.valueOf(rs.getString("verification")),
        rs.getString("verified_by"), rs.getString("verification_reason"), rs.getObject("envelope_claim_id", UUID.class),
        rs.getLong("version"))).list();
    if (heads.isEmpty()) {
      return List.of();
    }
    String inScope = " IN (:ids)";
    List<UUID> ids = heads.stream().map(Head::id).toList();
    Map<UUID, List<MonitoringEvent.Claim>> claims = new HashMap<>();
    jdbc.sql("SELECT c.id, c.event_id, c.report_id, r.reference, c.min_count, c.max_count, c.best, c.qualifier, c.unit, c.text"
            + " FROM count_claim c JOIN source_report r ON r.id = c.report_id WHERE c.event_id" + inScope
            + " ORDER BY r.reference, c.id")
        .param("ids", ids)
        .query(rs -> {
          claims.computeIfAbsent(rs.getObject("event_id", UUID.class), k -> new ArrayList<>()).add(claim(rs));
        });
    Map<UUID, MonitoringEvent.Claim> claimsById = new HashMap<>();
    claims.values().forEach(list -> list.forEach(c -> claimsById.put(c.id(), c)));
    Map<UUID, List<MonitoringEvent.ClaimPart>> parts = new HashMap<>();
    jdbc.sql("SELECT c.event_id, p.id, p.claim_id, p.sex, p.age_band, p.text FROM count_claim_part p"
            + " JOIN count_claim c ON c.id = p.claim_id WHERE c.event_id" + inScope + " ORDER BY p.claim_id, p.sex, p.age_band, p.id")
        .param("ids", ids)
        .query(rs -> {
          parts.computeIfAbsent(rs.getObject("event_id", UUID.class), k -> new ArrayList<>()).add(part(rs));
        });
    Map<UUID, List<MonitoringEvent.Involvement>> involvements = new HashMap<>();
    jdbc.sql("SELECT i.act_id, i.perpetrator, i.kind, i.degree FROM involvement i JOIN monitoring_act a ON a.id = i.act_id"
        + " WHERE a.event_id" + inScope + " ORDER BY i.perpetrator").param("ids", ids).query(rs -> {
      involvements.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new MonitoringEvent.Involvement(
          rs.getString(2), MonitoringEvent.PerpetratorKind.valueOf(rs.getString(3)), MonitoringEvent.Degree.valueOf(rs.getString(4))));
    });
    Map<UUID, List<MonitoringEvent.Act>> acts = new HashMap<>();
    jdbc.sql("SELECT a.id, a.event_id, a.act_type, a.victim_person_id, a.victim_group, a.victim_claim_id, a.date_text, n.name,"
            + " a.victim_status_after FROM monitoring_act a LEFT JOIN place_name n ON n.place_id = a.place_id AND n.is_primary"
            + " WHERE a.event_id" + inScope + " ORDER BY a.act_type, a.id")
        .param("ids", ids)
        .query(rs -> {
          UUID act = rs.getObject(1, UUID.class);
          UUID claim = rs.getObject(6, UUID.class);
          acts.computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>()).add(new MonitoringEvent.Act(act, rs.getString(3),
              rs.getObject(4, UUID.class), rs.getString(5), claim == null ? null : claimsById.get(claim), rs.getString(7),
              rs.getString(8), rs.getString(9), involvements.getOrDefault(act, List.of())));
        });
    Map<UUID, List<MonitoringEvent.Information>> information = new HashMap<>();
    jdbc.sql("SELECT l.event_id, l.report_id, r.reference, l.act_id, l.connection, l.reliability, l.credibility FROM information_link l"
            + " JOIN source_report r ON r.id = l.report_id WHERE l.event_id" + inScope + " ORDER BY r.reference")
        .param("ids", ids)
        .query(rs -> {
          information.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new MonitoringEvent.Information(
              rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
              MonitoringEvent.Connection.valueOf(rs.getString(5)), rs.getString(6).charAt(0), rs.getInt(7)));
        });
    Map<UUID, List<MonitoringEvent.Relation>> relations = new HashMap<>();
    jdbc.sql("SELECT from_event_id, to_event_id, kind FROM event_relation WHERE from_event_id" + inScope
        + " ORDER BY kind, to_event_id").param("ids", ids).query(rs -> {
      relations.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
          new MonitoringEvent.Relation(rs.getObject(2, UUID.class), MonitoringEvent.RelationKind.valueOf(rs.getString(3))));
    });
    return heads.stream().map(h -> new MonitoringEvent(h.id(), h.team(), h.title(), h.date(), h.place(), h.placeName(),
        h.precision(), vault.openOrNull(h.team(), Events.DESCRIPTION.place(h.id()), h.description()), h.sensitive(), h.verification(),
        h.verifiedBy(), h.reason(), h.envelope(), acts.getOrDefault(h.id(), List.of()), claims.getOrDefault(h.id(), List.of()),
        parts.getOrDefault(h.id(), List.of()), information.getOrDefault(h.id(), List.of()), relations.getOrDefault(h.id(), List.of()),
        h.version())).toList();
  }

  /** The parts the event's claims were broken into, by claim, women before men, children first. */
  List<MonitoringEvent.ClaimPart> parts(UUID event) {
    return jdbc.sql("SELECT p.id, p.claim_id, p.sex, p.age_band, p.text FROM count_claim_part p"
            + " JOIN count_claim c ON c.id = p.claim_id WHERE c.event_id = ? ORDER BY p.claim_id, p.sex, p.age_band, p.id")
        .param(event)
        .query((rs, n) -> part(rs))
        .list();
  }

  /** A part as the columns id, claim_id, sex, age_band, text hold it; its bounds are read back from the report's words. */
  private static MonitoringEvent.ClaimPart part(ResultSet rs) throws SQLException {
    return new MonitoringEvent.ClaimPart(rs.getObject("id", UUID.class), rs.getObject("claim_id", UUID.class),
        Sex.valueOf(rs.getString("sex")), rs.getString("age_band") == null ? null : AgeBand.valueOf(rs.getString("age_band")),
        CountClaim.parse(rs.getString("text")));
  }

  List<MonitoringEvent.Claim> claims(UUID event) {
    return jdbc.sql("SELECT c.id, c.report_id, r.reference, c.min_count, c.max_count, c.best, c.qualifier, c.unit, c.text"
            + " FROM count_claim c JOIN source_report r ON r.id = c.report_id WHERE c.event_id = ? ORDER BY r.reference, c.id")
        .param(event).query((rs, n) -> claim(rs)).list();
  }

  static MonitoringEvent.Claim claim(ResultSet rs) throws SQLException {
    return new MonitoringEvent.Claim(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class), rs.getString("reference"),
        new CountClaim((Long) nullableLong(rs, "min_count"), nullableLong(rs, "max_count"), nullableLong(rs, "best"),
            CountQualifier.valueOf(rs.getString("qualifier")), CountUnit.valueOf(rs.getString("unit")), rs.getString("text")));
  }

  static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static IntervalDate date(ResultSet rs) throws SQLException {
    LocalDate earliest = rs.getObject("date_earliest", LocalDate.class);
    LocalDate latest = rs.getObject("date_latest", LocalDate.class);
    String text = rs.getString("date_text");
    try {
      return IntervalDate.parse(text);
    } catch (UnreadableValue e) {
      return new IntervalDate(earliest, latest, DatePrecision.DAY, DateQualifier.EXACT, text);
    }
  }

  /** The event's team, if it is one of the scope's; otherwise not found. */
  OfficeId officeOf(UUID event, TeamScope scope) {
    return jdbc.sql("SELECT office_id FROM monitoring_event WHERE id = :id AND office_id IN (:teams)").param("id", event)
        .param(TeamScope.TEAMS, scope.ids()).query(UUID.class).optional()
        .map(OfficeId::new).orElseThrow(() -> new NotFound("event"));
  }

  /**
   * The event's team, with the event's row locked for the command that changes it, before anything
   * that refers to the event is written: a row written first would hold a share of the lock that two
   * commands on the same event would then each wait on the other to give up.
   */
  OfficeId lockToChange(UUID event, TeamScope scope) {
    return jdbc.sql("SELECT office_id FROM monitoring_event WHERE id = :id AND office_id IN (:teams) FOR UPDATE").param("id", event)
        .param(TeamScope.TEAMS, scope.ids()).query(UUID.class).optional()
        .map(OfficeId::new).orElseThrow(() -> new NotFound("event"));
  }

  /** The event's row locked for counting it, with what counting reads from it. */
  record Locked(@Nullable UUID chosen, boolean longSpan, Verification verification) {}

  Locked lockToCount(UUID event) {
    return jdbc.sql("SELECT envelope_claim_id, date_earliest, date_latest, verification FROM monitoring_event"
            + " WHERE id = ? FOR UPDATE")
        .param(event)
        .query((rs, n) -> new Locked(rs.getObject(1, UUID.class),
            Events.longSpan(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)),
            Verification.valueOf(rs.getString(4)))).single();
  }

  List<EventCount.CountedAct> countedActs(UUID event) {
    return jdbc.sql("SELECT act_type, victim_claim_id, victim_person_id FROM monitoring_act WHERE event_id = ?")
        .param(event)
        .query((rs, n) -> new EventCount.CountedAct(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
        .list();
  }

  /** The event's count, and each act type's, written beside it. */
  void writeCount(UUID event, EventCount count, boolean longSpan) {
    CountClaim whole = count.whole();
    jdbc.sql("UPDATE monitoring_event SET count_min = ?, count_max = ?, count_text = ?, count_claim_id = ?, count_chosen = ?,"
            + " count_stale = FALSE, long_span = ? WHERE id = ?")
        .params(whole == null ? null : whole.min(), whole == null ? null : whole.max(), whole == null ? null : whole.text(),
            count.wholeClaim(), count.chosen(), longSpan, event)
        .update();
    jdbc.sql("DELETE FROM event_act_count WHERE event_id = ?").param(event).update();
    count.byActType().forEach((type, c) -> jdbc.sql("INSERT INTO event_act_count (event_id, act_type, count_min, count_max,"
            + " count_text, count_claim_id) VALUES (?, ?, ?, ?, ?, ?)")
        .params(event, type, c == null ? null : c.min(), c == null ? null : c.max(), c == null ? null : c.text(),
            count.claimOfActType().get(type))
        .update());
  }

  /** The parts of the event's claims, by claim, as the figures add them up. */
  Map<UUID, List<FigureShare.Part>> partsCounted(UUID event) {
    Map<UUID, List<FigureShare.Part>> parts = new HashMap<>();
    jdbc.sql("SELECT p.claim_id, p.sex, p.age_band, p.min_count, p.max_count FROM count_claim_part p"
            + " JOIN count_claim c ON c.id = p.claim_id WHERE c.event_id = ?")
        .param(event)
        .query(rs -> {
          parts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new FigureShare.Part(
              Sex.valueOf(rs.getString(2)), rs.getString(3) == null ? null : AgeBand.valueOf(rs.getString(3)),
              nullableLong(rs, "min_count"), nullableLong(rs, "max_count")));
        });
    return parts;
  }

  /** Events recorded before their counts were kept, or before they were added to the figures' cells. */
  List<UUID> stale(int batch) {
    return jdbc.sql("SELECT id FROM monitoring_event WHERE count_stale ORDER BY id FETCH FIRST " + batch + " ROWS ONLY")
        .query(UUID.class).list();
  }
}
