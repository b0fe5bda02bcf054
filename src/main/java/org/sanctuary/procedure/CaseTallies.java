package org.sanctuary.procedure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The office statistics' summaries (V48), kept as cases move so that an office's statistics add up a
 * few thousand tallies instead of reading every case.
 *
 * <p>What a case is counted under (its {@link Share}s) is worked out from the rows the procedure writes
 * for it (the case, its latest first-instance decision, its event log) and kept beside it
 * ({@code case_share}). When the case changes, its shares are worked out again under the case's row
 * lock, and the office tallies move by the difference as the transaction of the change commits.
 */
@Component
class CaseTallies {

  /** What a case is counted under. */
  enum Kind {
    STATE, MODALITY, DEADLINE, NATIONALITY, GROUND, SEX, AGE, OFFICER, EXPLANATION, STAGE
  }

  /** A stage of the procedure, measured from the first event opening it to the first closing it. */
  enum Stage {
    INTENT_TO_REGISTRATION(Set.of(Happened.INTENT_RECORDED, Happened.INDEPENDENT_CLAIM_OPENED), Happened.REGISTERED),
    REGISTRATION_TO_INTERVIEW(Set.of(Happened.REGISTERED), Happened.INTERVIEW_RECORDED),
    INTERVIEW_TO_DECISION(Set.of(Happened.INTERVIEW_RECORDED), Happened.DECISION_SIGNED),
    NOTIFICATION_TO_APPEAL_DECISION(Set.of(Happened.DECISION_SIGNED), Happened.APPEAL_DECIDED);

    private final Set<String> opening = new HashSet<>();
    private final String closing;

    Stage(Set<Happened> opening, Happened closing) {
      opening.forEach(h -> this.opening.add(h.label()));
      this.closing = closing.label();
    }
  }

  /**
   * One thing a case is counted under at an office: a kind, an item (the state, the nationality, the
   * stage...) and a detail (the decision's outcome, the days a stage took; empty where none).
   */
  record Share(UUID office, Kind kind, String item, String detail) implements Comparable<Share> {

    private static final Comparator<Share> ORDER = Comparator.comparing(Share::office).thenComparing(Share::kind)
        .thenComparing(Share::item).thenComparing(Share::detail);

    @Override
    public int compareTo(Share other) {
      return ORDER.compare(this, other);
    }
  }

  /** A tally of an office as read: how many cases are counted under a kind's item and detail. */
  record Tally(Kind kind, String item, String detail, long cases) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  CaseTallies(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * Works out the cases' shares again from their rows and moves the tallies by the difference. Called
   * with the cases' rows locked (a command's update, or the start-up count's {@code FOR UPDATE}).
   */
  void recount(Collection<UUID> cases) {
    if (cases.isEmpty()) {
      return;
    }
    Map<UUID, Set<Share>> after = shares(cases);
    Map<UUID, Set<Share>> before = new HashMap<>();
    jdbc.sql("SELECT case_id, office_id, kind, item, detail FROM case_share WHERE case_id IN (:cases)")
        .param("cases", cases)
        .query(rs -> {
          before.computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashSet<>())
              .add(new Share(rs.getObject(2, UUID.class), Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)));
        });
    Map<Share, Long> moves = new TreeMap<>();
    List<Object[]> gone = new ArrayList<>();
    List<Object[]> added = new ArrayList<>();
    for (UUID id : cases) {
      Set<Share> was = before.getOrDefault(id, Set.of());
      Set<Share> is = after.getOrDefault(id, Set.of());
      for (Share share : was) {
        if (!is.contains(share)) {
          moves.merge(share, -1L, Long::sum);
          gone.add(new Object[] {id, share.office(), share.kind().name(), share.item(), share.detail()});
        }
      }
      for (Share share : is) {
        if (!was.contains(share)) {
          moves.merge(share, 1L, Long::sum);
          added.add(new Object[] {id, share.office(), share.kind().name(), share.item(), share.detail()});
        }
      }
    }
    template.batchUpdate("DELETE FROM case_share WHERE case_id = ? AND office_id = ? AND kind = ? AND item = ? AND detail = ?", gone);
    template.batchUpdate("INSERT INTO case_share (case_id, office_id, kind, item, detail) VALUES (?, ?, ?, ?, ?)", added);
    jdbc.sql("UPDATE procedure_case SET tally_stale = FALSE WHERE id IN (:cases) AND tally_stale").param("cases", cases).update();
    moveAtCommit(moves);
  }

  /**
   * Adds the moves to those of the transaction, which moves the tallies once, as it commits: a
   * transaction that changes several cases (the nightly run, a signature that also records the
   * decision) then takes the tallies' locks in one pass in key order, as every other transaction does,
   * and holds them only while it commits.
   */
  private void moveAtCommit(Map<Share, Long> moves) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      apply(moves);
      return;
    }
    @SuppressWarnings("unchecked")
    Map<Share, Long> pending = (Map<Share, Long>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      Map<Share, Long> created = new TreeMap<>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          apply(created);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(CaseTallies.this);
        }
      });
      pending = created;
    }
    Map<Share, Long> into = pending;
    moves.forEach((share, by) -> into.merge(share, by, Long::sum));
  }

  /**
   * Moves the tallies, in the order of their keys, so that two transactions moving the same tallies
   * wait for each other rather than deadlock. A tally no case counts under any more stays, at zero:
   * were it removed, a transaction that found it and waits to add to it would update nothing.
   */
  private void apply(Map<Share, Long> moves) {
    List<Map.Entry<Share, Long>> moved = new TreeMap<>(moves).entrySet().stream().filter(m -> m.getValue() != 0).toList();
    if (moved.isEmpty()) {
      return;
    }
    template.batchUpdate("INSERT INTO office_tally (office_id, kind, item, detail, cases) VALUES (?, ?, ?, ?, 0) ON CONFLICT DO NOTHING",
        moved, 500, (statement, m) -> bindKey(statement, 1, m.getKey()));
    template.batchUpdate("UPDATE office_tally SET cases = cases + ? WHERE office_id = ? AND kind = ? AND item = ? AND detail = ?",
        moved, 500, (statement, m) -> {
          statement.setLong(1, m.getValue());
          bindKey(statement, 2, m.getKey());
        });
  }

  private static void bindKey(java.sql.PreparedStatement statement, int first, Share key) throws java.sql.SQLException {
    statement.setObject(first, key.office());
    statement.setString(first + 1, key.kind().name());
    statement.setString(first + 2, key.item());
    statement.setString(first + 3, key.detail());
  }

  /** What the cases are counted under, from the rows the procedure wrote for them. */
  private Map<UUID, Set<Share>> shares(Collection<UUID> cases) {
    Map<UUID, Set<Share>> shares = new HashMap<>();
    jdbc.sql("SELECT id, office_id, state, modality, next_deadline FROM procedure_case WHERE id IN (:cases)")
        .param("cases", cases)
        .query(rs -> {
          Set<Share> of = shares.computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashSet<>());
          UUID office = rs.getObject(2, UUID.class);
          of.add(new Share(office, Kind.STATE, rs.getString(3), ""));
          of.add(new Share(office, Kind.MODALITY, rs.getString(4), ""));
          LocalDate deadline = rs.getObject(5, LocalDate.class);
          if (deadline != null) {
            of.add(new Share(office, Kind.DEADLINE, deadline.toString(), ""));
          }
        });
    jdbc.sql("SELECT case_id, office_id, outcome, drafted_by, nationality, sex, age_band, explanation_fingerprint FROM case_decision"
            + " WHERE case_id IN (:cases)")
        .param("cases", cases)
        .query(rs -> {
          Set<Share> of = shares.computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashSet<>());
          UUID office = rs.getObject(2, UUID.class);
          String outcome = rs.getString(3);
          of.add(new Share(office, Kind.OFFICER, rs.getString(4), outcome));
          of.add(new Share(office, Kind.NATIONALITY, orElse(rs.getString(5), "unknown"), outcome));
          of.add(new Share(office, Kind.SEX, orElse(rs.getString(6), "UNKNOWN"), outcome));
          of.add(new Share(office, Kind.AGE, orElse(rs.getString(7), "unknown"), outcome));
          String fingerprint = rs.getString(8);
          if (outcome.equals("REJECTION") && fingerprint != null) {
            of.add(new Share(office, Kind.EXPLANATION, fingerprint, ""));
          }
        });
    jdbc.sql("SELECT g.case_id, d.office_id, d.outcome, g.ground FROM case_decision_ground g"
            + " JOIN case_decision d ON d.case_id = g.case_id WHERE g.case_id IN (:cases)")
        .param("cases", cases)
        .query(rs -> {
          shares.computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashSet<>())
              .add(new Share(rs.getObject(2, UUID.class), Kind.GROUND, rs.getString(4), rs.getString(3)));
        });
    // The first day each stage opened and closed, per case and office the events were recorded at.
    Map<UUID, Map<UUID, Map<String, LocalDate>>> firsts = new HashMap<>();
    jdbc.sql("SELECT case_id, office_id, what, happened_on FROM case_event WHERE case_id IN (:cases)")
        .param("cases", cases)
        .query(rs -> {
          firsts.computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashMap<>())
              .computeIfAbsent(rs.getObject(2, UUID.class), o -> new HashMap<>())
              .merge(rs.getString(3), rs.getObject(4, LocalDate.class), (a, b) -> a.isBefore(b) ? a : b);
        });
    firsts.forEach((id, offices) -> offices.forEach((office, first) -> {
      for (Stage stage : Stage.values()) {
        LocalDate from = null;
        for (String opening : stage.opening) {
          LocalDate on = first.get(opening);
          if (on != null && (from == null || on.isBefore(from))) {
            from = on;
          }
        }
        LocalDate to = first.get(stage.closing);
        if (from != null && to != null && !to.isBefore(from)) {
          shares.computeIfAbsent(id, c -> new HashSet<>())
              .add(new Share(office, Kind.STAGE, stage.name(), Long.toString(ChronoUnit.DAYS.between(from, to))));
        }
      }
    }));
    return shares;
  }

  private static String orElse(@Nullable String value, String otherwise) {
    return value == null ? otherwise : value;
  }

  /** The office's tallies above zero, except the deadlines' days and the explanations' fingerprints (read apart). */
  List<Tally> of(UUID office) {
    return jdbc.sql("SELECT kind, item, detail, cases FROM office_tally WHERE office_id = ? AND cases > 0"
            + " AND kind NOT IN ('DEADLINE', 'EXPLANATION')")
        .param(office)
        .query((rs, n) -> new Tally(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4)))
        .list();
  }

  /** The office's cases whose next deadline is before the day. */
  long overdue(UUID office, LocalDate today) {
    return jdbc.sql("SELECT COALESCE(SUM(cases), 0) FROM office_tally WHERE office_id = ? AND kind = 'DEADLINE' AND item < ?")
        .params(office, today.toString())
        .query(Long.class)
        .single();
  }

  /** Explanation fingerprints given in more than one rejection at the office, the most repeated first. */
  List<Tally> repeatedExplanations(UUID office) {
    return jdbc.sql("SELECT item, cases FROM office_tally WHERE office_id = ? AND kind = 'EXPLANATION' AND cases > 1"
            + " ORDER BY cases DESC, item")
        .param(office)
        .query((rs, n) -> new Tally(Kind.EXPLANATION, rs.getString(1), "", rs.getLong(2)))
        .list();
  }

  /**
   * Counts the cases recorded before their shares were kept (V48), a batch at a time, skipping any a
   * command holds (it counts them itself); returns how many it counted. Several nodes may run it at once.
   */
  int recountStale(int batch) {
    List<UUID> stale = jdbc.sql("SELECT id FROM procedure_case WHERE tally_stale ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
        .param(batch)
        .query(UUID.class)
        .list();
    recount(stale);
    return stale.size();
  }
}
