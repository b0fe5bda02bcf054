package org.sanctuary.monitoring.rules;


import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.RuleRefusal;

/**
 * The rules of the monitoring record (monitoring.md), each raised by exactly one guard in
 * {@link MonitoringRules} and answered 409 with its name as the code; docs/monitoring-rules.md lists
 * them. A refused command changes nothing.
 */
public enum MonitoringRule {
  REPORT_FILED(
      "A filed report is never changed: a correction is filed as a new report that supersedes it.",
      "monitoring.md §1 (source report)"),
  CORRECTED_ONCE(
      "A report is corrected once: a later correction supersedes the correction, so each report has one line of corrections.",
      "monitoring.md §1 (source report)"),
  COUNT_WITHOUT_REPORT(
      "A count belongs to the report that gave it: no count is recorded without its report.",
      "monitoring.md §2 (counts are claims)"),
  PART_EXCEEDS_WHOLE(
      "A part of a count, by sex or age band, is never more than the count it is part of.",
      "monitoring.md §2 (counts are claims)"),
  RELATED_TO_ITSELF(
      "An event is not related to itself.",
      "monitoring.md §1 (event)"),
  LIST_IMPORTED_ONCE(
      "A report's list of names is imported once, each name at its row: a corrected list is imported into a correction of the report.",
      "monitoring.md §1 (source report)");

  private final String rule;
  private final String source;

  MonitoringRule(String rule, String source) {
    this.rule = rule;
    this.source = source;
  }

  public String rule() {
    return rule;
  }

  public String source() {
    return source;
  }

  RuleRefusal refusal(@Nullable String field) {
    return new RuleRefusal(name(), rule, field);
  }
}
