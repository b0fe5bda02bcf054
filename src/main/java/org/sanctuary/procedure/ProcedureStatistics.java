package org.sanctuary.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Permission;
import org.sanctuary.access.Role;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.procedure.CaseTallies.Kind;
import org.sanctuary.procedure.CaseTallies.Tally;
import org.sanctuary.procedure.OfficeStatistics.Count;
import org.sanctuary.procedure.OfficeStatistics.CountRow;
import org.sanctuary.procedure.OfficeStatistics.RateRow;
import org.sanctuary.procedure.OfficeStatistics.RepeatedExplanation;
import org.sanctuary.procedure.OfficeStatistics.StageRow;
import org.sanctuary.shared.NotFound;
import org.sanctuary.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@link OfficeStatistics} from the office's tallies ({@link CaseTallies}), which the procedure
 * keeps as cases move: a request adds up a few thousand tallies, whatever the number of cases. Nothing
 * here reads a case snapshot or a person. Suppression is decided once, from the reader's roles in the office.
 */
@Service
public class ProcedureStatistics {

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final Offices offices;
  private final AuditTrail audit;
  private final Clock clock;
  private final Vault vault;
  private final CaseTallies tallies;

  ProcedureStatistics(JdbcClient jdbc, AccessPolicy access, Offices offices, AuditTrail audit, Clock clock, Vault vault,
      CaseTallies tallies) {
    this.vault = vault;
    this.jdbc = jdbc;
    this.access = access;
    this.offices = offices;
    this.audit = audit;
    this.clock = clock;
    this.tallies = tallies;
  }

  /** The offices whose statistics the reader may see. */
  public List<Office> readableOffices() {
    Set<OfficeId> scope = access.scope(Permission.STATISTICS_READ);
    return offices.byId().values().stream().filter(o -> scope.contains(o.id())).sorted((a, b) -> a.code().compareTo(b.code())).toList();
  }

  @Transactional
  public OfficeStatistics forOffice(OfficeId officeId) {
    Actor actor = access.require(Permission.STATISTICS_READ, officeId);
    Office office = offices.find(officeId).orElseThrow(() -> new NotFound("office"));
    boolean suppress = !actor.roles().getOrDefault(officeId, Set.of()).contains(Role.SUPERVISOR);
    UUID id = officeId.value();
    LocalDate today = LocalDate.now(clock);

    Map<Kind, List<Tally>> read = new EnumMap<>(Kind.class);
    tallies.of(id).forEach(t -> read.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t));
    // Every decision has one nationality (or "unknown"): the office's rate adds those rows up.
    long[] whole = outcomes(read.getOrDefault(Kind.NATIONALITY, List.of()));
    OfficeStatistics statistics =
        new OfficeStatistics(
            officeId, office.code(), today, suppress,
            casesBy(ClaimState.values(), read, Kind.STATE, suppress),
            casesBy(Modality.values(), read, Kind.MODALITY, suppress),
            Count.of(tallies.overdue(id, today), suppress),
            rates(read, Kind.NATIONALITY, suppress), rates(read, Kind.GROUND, suppress), rates(read, Kind.SEX, suppress),
            rates(read, Kind.AGE, suppress), RateRow.of("office", whole[0], whole[1], suppress),
            rates(read, Kind.OFFICER, suppress), stages(read.getOrDefault(Kind.STAGE, List.of()), suppress), repeated(id, suppress));
    audit.record(AuditRecord.success("STATISTICS_READ", "OFFICE", officeId.value(), officeId.value()));
    return statistics;
  }

  /** The office's cases by one of the values given, every value listed (0 where none). */
  private static List<CountRow> casesBy(Enum<?>[] values, Map<Kind, List<Tally>> read, Kind kind, boolean suppress) {
    Map<String, Long> counts = new HashMap<>();
    read.getOrDefault(kind, List.of()).forEach(t -> counts.merge(t.item(), t.cases(), Long::sum));
    List<CountRow> rows = new ArrayList<>();
    for (Enum<?> value : values) {
      rows.add(new CountRow(value.name(), Count.of(counts.getOrDefault(value.name(), 0L), suppress)));
    }
    return rows;
  }

  /** Recognised out of decided per item, the items in their order; the tallies' detail is the outcome. */
  private static List<RateRow> rates(Map<Kind, List<Tally>> read, Kind kind, boolean suppress) {
    Map<String, List<Tally>> byItem = new TreeMap<>();
    read.getOrDefault(kind, List.of()).forEach(t -> byItem.computeIfAbsent(t.item(), k -> new ArrayList<>()).add(t));
    List<RateRow> rows = new ArrayList<>();
    byItem.forEach((key, tallied) -> {
      long[] c = outcomes(tallied);
      rows.add(RateRow.of(key, c[0], c[1], suppress));
    });
    return rows;
  }

  /** Recognised and decided, added up over tallies whose detail is the outcome. */
  private static long[] outcomes(List<Tally> read) {
    long[] c = new long[2];
    for (Tally t : read) {
      if (t.detail().equals("RECOGNITION")) {
        c[0] += t.cases();
      }
      c[1] += t.cases();
    }
    return c;
  }

  /** Per stage, how many cases went through it and the median of the days it took, from the days' tallies. */
  private static List<StageRow> stages(List<Tally> read, boolean suppress) {
    Map<String, TreeMap<Long, Long>> days = new HashMap<>();
    read.forEach(t -> days.computeIfAbsent(t.item(), k -> new TreeMap<>()).merge(Long.parseLong(t.detail()), t.cases(), Long::sum));
    List<StageRow> rows = new ArrayList<>();
    for (CaseTallies.Stage stage : CaseTallies.Stage.values()) {
      TreeMap<Long, Long> histogram = days.getOrDefault(stage.name(), new TreeMap<>());
      long cases = histogram.values().stream().mapToLong(Long::longValue).sum();
      Count count = Count.of(cases, suppress);
      rows.add(new StageRow(stage.name(), count, count.suppressed() || cases == 0 ? null : median(histogram)));
    }
    return rows;
  }

  /** The median of values given as how many times each occurs, in the values' order. */
  static double median(SortedMap<Long, Long> histogram) {
    long n = histogram.values().stream().mapToLong(Long::longValue).sum();
    long lower = (n - 1) / 2;
    long upper = n / 2;
    Long low = null;
    long seen = 0;
    for (Map.Entry<Long, Long> value : histogram.entrySet()) {
      seen += value.getValue();
      if (low == null && seen > lower) {
        low = value.getKey();
      }
      if (seen > upper) {
        return (low + value.getKey()) / 2.0;
      }
    }
    throw new IllegalArgumentException("no values");
  }

  /** Explanations given word for word in several rejections, found by their keyed fingerprints; opened only for supervisors. */
  private List<RepeatedExplanation> repeated(UUID office, boolean suppress) {
    List<RepeatedExplanation> repeated = new ArrayList<>();
    record Group(String fingerprint, long cases) {}
    List<Group> groups = tallies.repeatedExplanations(office).stream().map(t -> new Group(t.item(), t.cases())).toList();
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
