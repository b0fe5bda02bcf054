package org.sanctuary.monitoring.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.monitoring.events.MonitoringEvent.Verification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures' summaries (V47), kept as events change so that a figure over ten years of a team's
 * events adds up a few hundred cells instead of reading every event.
 *
 * <p>A cell sums the {@link FigureShare}s of the events of one team that share a kind of share, an act
 * type, a value, a verification status, the months their dates start and end in, and a place: each
 * event is added to the cell of every place above its own in the gazetteer (the area a figure may be
 * asked for), under the place one level below that area on the way to the event's (the row it is
 * counted in "by place"). What an event added is kept beside it ({@code figure_share}), so that when it
 * changes exactly that is taken out again, under the event's row lock, in the transaction of the change.
 */
@Component
public class FigureCells {

  /** The area of every event (the whole gazetteer), and the place of an event that has none. */
  public static final UUID NOWHERE = new UUID(0, 0);

  /** The month of an event with no earliest date, before every month; of one with no latest, after every month. */
  public static final int OPEN_START = 0;
  public static final int OPEN_END = 9_999_999;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  FigureCells(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** A month as cells number it: year × 12 + month − 1; an open start or end as {@link #OPEN_START} or {@link #OPEN_END}. */
  public static int month(@Nullable LocalDate day, boolean start) {
    return day == null ? (start ? OPEN_START : OPEN_END) : day.getYear() * 12 + day.getMonthValue() - 1;
  }

  /** One cell's key. */
  record Key(UUID office, UUID area, UUID child, String kind, String actType, String value, String verification,
      int monthFrom, int monthTo) implements Comparable<Key> {

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::office).thenComparing(Key::area)
        .thenComparing(Key::child).thenComparing(Key::kind).thenComparing(Key::actType).thenComparing(Key::value)
        .thenComparing(Key::verification).thenComparingInt(Key::monthFrom).thenComparingInt(Key::monthTo);

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }
  }

  /** Where an event is counted: its team, the areas above it with the place under each, its months. */
  private record Located(UUID office, List<UUID[]> areas, int monthFrom, int monthTo) {}

  private Located locate(UUID event) {
    return jdbc.sql("SELECT e.office_id, p.path, e.date_earliest, e.date_latest FROM monitoring_event e"
            + " LEFT JOIN place p ON p.id = e.place_id WHERE e.id = ?")
        .param(event)
        .query((rs, n) -> new Located(rs.getObject(1, UUID.class), areas(rs.getString(2)),
            month(rs.getObject(3, LocalDate.class), true), month(rs.getObject(4, LocalDate.class), false)))
        .single();
  }

  /**
   * The (area, place under it) pairs an event at the place of this path is counted in: the whole
   * gazetteer with the top place, each place with the next, and its own place with itself.
   */
  public static List<UUID[]> areas(@Nullable String path) {
    List<UUID[]> areas = new ArrayList<>();
    if (path == null) {
      areas.add(new UUID[] {NOWHERE, NOWHERE});
      return areas;
    }
    UUID above = NOWHERE;
    for (String id : path.substring(1).split("/")) {
      UUID place = UUID.fromString(id);
      areas.add(new UUID[] {above, place});
      above = place;
    }
    areas.add(new UUID[] {above, above});
    return areas;
  }

  /**
   * Replaces what the event adds to the figures by these shares: what it added before is taken out,
   * these go in, and the cells move by the difference. Called with the event's row locked.
   */
  void share(UUID event, List<FigureShare> shares, Map<Key, Tally> changes) {
    Located at = locate(event);
    jdbc.sql("SELECT kind, act_type, value_key, verification, events, without_number, min_unknown, sum_min, max_unknown, sum_max"
            + " FROM figure_share WHERE event_id = ?")
        .param(event)
        .query(rs -> {
          FigureShare before = new FigureShare(FigureShare.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
              Verification.valueOf(rs.getString(4)), new Tally(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                  rs.getLong(9), rs.getLong(10)));
          add(at, before, before.tally().negated(), changes);
        });
    jdbc.sql("DELETE FROM figure_share WHERE event_id = ?").param(event).update();
    template.batchUpdate("INSERT INTO figure_share (event_id, kind, act_type, value_key, verification, events, without_number,"
            + " min_unknown, sum_min, max_unknown, sum_max) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", shares, 100,
        (statement, s) -> {
          statement.setObject(1, event);
          statement.setString(2, s.kind().name());
          statement.setString(3, s.actType());
          statement.setString(4, s.value());
          statement.setString(5, s.verification().name());
          bind(statement, 6, s.tally());
        });
    shares.forEach(s -> add(at, s, s.tally(), changes));
  }

  private static void add(Located at, FigureShare share, Tally tally, Map<Key, Tally> changes) {
    for (UUID[] area : at.areas()) {
      changes.merge(new Key(at.office(), area[0], area[1], share.kind().name(), share.actType(), share.value(),
          share.verification().name(), at.monthFrom(), at.monthTo()), tally, Tally::plus);
    }
  }

  /**
   * Moves the cells by the changes, in the order of their keys, so that two transactions moving the same
   * cells wait for each other rather than deadlock. A cell no event adds to any more stays, at zero: were
   * it removed, a transaction that found it and waits to add to it would then update nothing and its
   * events would be lost from the figures. Readers skip cells at zero.
   */
  void apply(Map<Key, Tally> changes) {
    List<Map.Entry<Key, Tally>> moved = new TreeMap<>(changes).entrySet().stream().filter(c -> !c.getValue().isZero()).toList();
    if (moved.isEmpty()) {
      return;
    }
    String key = " office_id = ? AND area_id = ? AND child_id = ? AND kind = ? AND act_type = ? AND value_key = ? AND verification = ?"
        + " AND month_from = ? AND month_to = ?";
    template.batchUpdate("INSERT INTO figure_cell (office_id, area_id, child_id, kind, act_type, value_key, verification, month_from,"
            + " month_to, events, without_number, min_unknown, sum_min, max_unknown, sum_max)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING", moved, 500,
        (statement, c) -> bindKey(statement, 1, c.getKey()));
    template.batchUpdate("UPDATE figure_cell SET events = events + ?, without_number = without_number + ?,"
            + " min_unknown = min_unknown + ?, sum_min = sum_min + ?, max_unknown = max_unknown + ?, sum_max = sum_max + ?"
            + " WHERE" + key, moved, 500,
        (statement, c) -> {
          bind(statement, 1, c.getValue());
          bindKey(statement, 7, c.getKey());
        });
  }

  private static void bind(java.sql.PreparedStatement statement, int first, Tally t) throws java.sql.SQLException {
    statement.setLong(first, t.events());
    statement.setLong(first + 1, t.withoutNumber());
    statement.setLong(first + 2, t.minUnknown());
    statement.setLong(first + 3, t.min());
    statement.setLong(first + 4, t.maxUnknown());
    statement.setLong(first + 5, t.max());
  }

  private static void bindKey(java.sql.PreparedStatement statement, int first, Key k) throws java.sql.SQLException {
    statement.setObject(first, k.office());
    statement.setObject(first + 1, k.area());
    statement.setObject(first + 2, k.child());
    statement.setString(first + 3, k.kind());
    statement.setString(first + 4, k.actType());
    statement.setString(first + 5, k.value());
    statement.setString(first + 6, k.verification());
    statement.setInt(first + 7, k.monthFrom());
    statement.setInt(first + 8, k.monthTo());
  }
}
