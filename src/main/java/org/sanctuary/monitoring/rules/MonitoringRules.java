package org.sanctuary.monitoring.rules;


import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.CountClaim;
import org.sanctuary.shared.RuleRefusal;

/**
 * The guards of the monitoring record, one per {@link MonitoringRule}: plain functions of what the
 * command carries and what the record holds, called by the services whichever door the command came
 * through (API or page).
 */
public final class MonitoringRules {

  private MonitoringRules() {}

  /** REPORT_FILED: any change to a filed report is refused; the refusal says how to correct it. */
  public static RuleRefusal changeToAFiledReport() {
    return MonitoringRule.REPORT_FILED.refusal(null);
  }

  /** CORRECTED_ONCE: a report that was corrected already is not corrected again. */
  public static void correctedOnce(boolean alreadyCorrected) {
    if (alreadyCorrected) {
      throw MonitoringRule.CORRECTED_ONCE.refusal("supersedes");
    }
  }

  /** COUNT_WITHOUT_REPORT: a count comes with the report that gave it. */
  public static void countWithItsReport(@Nullable CountClaim count, @Nullable UUID report) {
    if (count != null && report == null) {
      throw MonitoringRule.COUNT_WITHOUT_REPORT.refusal("countReportId");
    }
  }

  /** PART_EXCEEDS_WHOLE: a part's least possible number is not above the whole's greatest. */
  public static void partWithinWhole(CountClaim part, CountClaim whole) {
    if (part.min() != null && whole.max() != null && part.min() > whole.max()) {
      throw MonitoringRule.PART_EXCEEDS_WHOLE.refusal("count");
    }
  }

  /** RELATED_TO_ITSELF: a relation links two events. */
  public static void notRelatedToItself(UUID from, UUID to) {
    if (from.equals(to)) {
      throw MonitoringRule.RELATED_TO_ITSELF.refusal("toEventId");
    }
  }

  /** LIST_IMPORTED_ONCE: a report whose list was imported takes no second list. */
  public static void listImportedOnce(boolean alreadyImported) {
    if (alreadyImported) {
      throw MonitoringRule.LIST_IMPORTED_ONCE.refusal("csv");
    }
  }
}
