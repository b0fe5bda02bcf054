package org.sanctuary.procedure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.sanctuary.access.OfficeId;
import org.sanctuary.procedure.OfficeStatistics.Count;
import org.sanctuary.procedure.OfficeStatistics.CountRow;
import org.sanctuary.procedure.OfficeStatistics.RateRow;
import org.sanctuary.procedure.OfficeStatistics.RepeatedExplanation;
import org.sanctuary.procedure.OfficeStatistics.StageRow;
import org.sanctuary.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An office's statistics worked out directly from the rows the procedure writes (every case, every
 * event, every decision read), as they were computed per request before the tallies: what the tallies
 * must add up to, whatever happened to the cases.
 */
public final class StatisticsOracle {

  private static final List<String[]> STAGES =
      List.of(
          new String[] {"INTENT_TO_REGISTRATION", Happened.INTENT_RECORDED.label(), Happened.REGISTERED.label()},
          new String[] {"REGISTRATION_TO_INTERVIEW", Happened.REGISTERED.label(), Happened.INTERVIEW_RECORDED.label()},
          new String[] {"INTERVIEW_TO_DECISION", Happened.INTERVIEW_RECORDED.label(), Happened.DECISION_SIGNED.label()},
          new String[] {"NOTIFICATION_TO_APPEAL_DECISION", Happened.DECISION_SIGNED.label(), Happened.APPEAL_DECIDED.label()});

  private final JdbcClient jdbc;
  private final Vault vault;

  public StatisticsOracle(JdbcClient jdbc, Vault vault) {
    this.jdbc = jdbc;
    this.vault = vault;
  }

  /** The statistics of the office on the day, as a supervisor ({@code suppress} false) or another reader sees them. */
  public OfficeStatistics of(OfficeId officeId, String code, LocalDate today, boolean suppress) {
    UUID id = officeId.value();
    long overdue = jdbc.sql("SELECT COUNT(*) FROM procedure_case WHERE office_id = ? AND next_deadline < ?").params(id, today)
        .query(Long.class).single();
    List<RateRow> whole = rates(
        "SELECT 'office' AS k, outcome, COUNT(*) AS n FROM case_decision WHERE office_id = ? GROUP BY outcome", id, suppress);
    return new OfficeStatistics(officeId, code, today, suppress,
        casesBy("state", ClaimState.values(), id, suppress), casesBy("modality", Modality.values(), id, suppress),
        Count.of(overdue, suppress),
        rates("SELECT COALESCE(nationality, 'unknown') AS k, outcome, COUNT(*) AS n FROM case_decision WHERE office_id = ?"
            + " GROUP BY COALESCE(nationality, 'unknown'), outcome", id, suppress),
        rates("SELECT g.ground AS k, d.outcome, COUNT(*) AS n FROM case_decision d JOIN case_decision_ground g ON g.case_id = d.case_id"
            + " WHERE d.office_id = ? GROUP BY g.ground, d.outcome", id, suppress),
        rates("SELECT COALESCE(sex, 'UNKNOWN') AS k, outcome, COUNT(*) AS n FROM case_decision WHERE office_id = ?"
            + " GROUP BY COALESCE(sex, 'UNKNOWN'), outcome", id, suppress),
        rates("SELECT COALESCE(age_band, 'unknown') AS k, outcome, COUNT(*) AS n FROM case_decision WHERE office_id = ?"
            + " GROUP BY COALESCE(age_band, 'unknown'), outcome", id, suppress),
        whole.isEmpty() ? RateRow.of("office", 0, 0, suppress) : whole.get(0),
        rates("SELECT drafted_by AS k, outcome, COUNT(*) AS n FROM case_decision WHERE office_id = ? GROUP BY drafted_by, outcome",
            id, suppress),
        stages(id, suppress), repeated(id, suppress));
  }

  private List<CountRow> casesBy(String column, Enum<?>[] values, UUID office, boolean suppress) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql("SELECT " + column + ", COUNT(*) AS n FROM procedure_case WHERE office_id = ? GROUP BY " + column).param(office)
        .query(rs -> {
          counts.put(rs.getString(1), rs.getLong("n"));
        });
    List<CountRow> rows = new ArrayList<>();
    for (Enum<?> value : values) {
      rows.add(new CountRow(value.name(), Count.of(counts.getOrDefault(value.name(), 0L), suppress)));
    }
    return rows;
  }

  private List<RateRow> rates(String sql, UUID office, boolean suppress) {
    Map<String, long[]> counts = new TreeMap<>();
    jdbc.sql(sql).param(office).query(rs -> {
      long[] c = counts.computeIfAbsent(rs.getString("k"), k -> new long[2]);
      long n = rs.getLong("n");
      if (rs.getString("outcome").equals("RECOGNITION")) {
        c[0] += n;
      }
      c[1] += n;
    });
    List<RateRow> rows = new ArrayList<>();
    counts.forEach((key, c) -> rows.add(RateRow.of(key, c[0], c[1], suppress)));
    return rows;
  }

  private List<StageRow> stages(UUID office, boolean suppress) {
    List<StageRow> rows = new ArrayList<>();
    for (String[] stage : STAGES) {
      List<String> opening = stage[1].equals(Happened.INTENT_RECORDED.label())
          ? List.of(Happened.INTENT_RECORDED.label(), Happened.INDEPENDENT_CLAIM_OPENED.label()) : List.of(stage[1]);
      List<Long> days = new ArrayList<>();
      jdbc.sql("SELECT f.d, t.d FROM"
              + " (SELECT case_id, MIN(happened_on) AS d FROM case_event WHERE office_id = :office AND what IN (:opening)"
              + " GROUP BY case_id) f JOIN"
              + " (SELECT case_id, MIN(happened_on) AS d FROM case_event WHERE office_id = :office AND what = :closing"
              + " GROUP BY case_id) t ON t.case_id = f.case_id")
          .param("office", office).param("opening", opening).param("closing", stage[2])
          .query(rs -> {
            LocalDate from = rs.getObject(1, LocalDate.class);
            LocalDate to = rs.getObject(2, LocalDate.class);
            if (!to.isBefore(from)) {
              days.add(ChronoUnit.DAYS.between(from, to));
            }
          });
      Count cases = Count.of(days.size(), suppress);
      rows.add(new StageRow(stage[0], cases, cases.suppressed() || days.isEmpty() ? null : median(days)));
    }
    return rows;
  }

  private static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(Long::compare);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  private List<RepeatedExplanation> repeated(UUID office, boolean suppress) {
    List<RepeatedExplanation> repeated = new ArrayList<>();
    record Group(String fingerprint, long cases) {}
    List<Group> groups = jdbc.sql("SELECT explanation_fingerprint, COUNT(*) AS n FROM case_decision WHERE office_id = ?"
            + " AND outcome = 'REJECTION' AND explanation_fingerprint IS NOT NULL GROUP BY explanation_fingerprint"
            + " HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC, explanation_fingerprint")
        .param(office).query((rs, n) -> new Group(rs.getString(1), rs.getLong(2))).list();
    for (Group group : groups) {
      String text = null;
      List<String> files = List.of();
      if (!suppress) {
        record One(UUID caseId, String sealed) {}
        One one = jdbc.sql("SELECT case_id, explanation FROM case_decision WHERE office_id = ? AND explanation_fingerprint = ?"
                + " ORDER BY case_id LIMIT 1")
            .params(office, group.fingerprint()).query((rs, n) -> new One(rs.getObject(1, UUID.class), rs.getString(2))).single();
        text = vault.open(new OfficeId(office), Cases.EXPLANATION.place(one.caseId()), one.sealed());
        files = jdbc.sql("SELECT c.file_number FROM case_decision d JOIN procedure_case c ON c.id = d.case_id"
                + " WHERE d.office_id = ? AND d.outcome = 'REJECTION' AND d.explanation_fingerprint = ? ORDER BY c.file_number LIMIT 50")
            .params(office, group.fingerprint()).query(String.class).list();
      }
      repeated.add(new RepeatedExplanation(text, Count.of(group.cases(), suppress), files));
    }
    return repeated;
  }
}
