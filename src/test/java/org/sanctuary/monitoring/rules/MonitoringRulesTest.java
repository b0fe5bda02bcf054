package org.sanctuary.monitoring.rules;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanctuary.shared.CountClaim;
import org.sanctuary.shared.RuleRefusal;

/**
 * Each monitoring rule has one guard, which trips on what breaks the rule and passes what keeps it;
 * docs/monitoring-rules.md lists the rules as the code holds them (-Dsanctuary.docs.write=true
 * rewrites it).
 */
class MonitoringRulesTest {

  private static final Path SOURCES = Path.of("src/main/java/org/sanctuary/monitoring");
  private static final Path PAGE = Path.of("docs/monitoring-rules.md");

  @Test
  void reportFiled_everyChangeToAFiledReportIsRefused() {
    RuleRefusal refused = MonitoringRules.changeToAFiledReport();
    assertThat(refused.code()).isEqualTo("REPORT_FILED");
    assertThat(refused.getMessage()).contains("supersedes");
  }

  @Test
  void listImportedOnce_aSecondListForTheSameReportIsRefused() {
    assertRefused(() -> MonitoringRules.listImportedOnce(true), MonitoringRule.LIST_IMPORTED_ONCE, "csv");
    assertThatCode(() -> MonitoringRules.listImportedOnce(false)).doesNotThrowAnyException();
  }

  @Test
  void correctedOnce_aSecondCorrectionOfTheSameReportIsRefused() {
    assertRefused(() -> MonitoringRules.correctedOnce(true), MonitoringRule.CORRECTED_ONCE, "supersedes");
    assertThatCode(() -> MonitoringRules.correctedOnce(false)).doesNotThrowAnyException();
  }

  @Test
  void countWithoutReport_aCountWithNoReportIsRefused() {
    assertRefused(() -> MonitoringRules.countWithItsReport(CountClaim.parse("up to 900"), null), MonitoringRule.COUNT_WITHOUT_REPORT,
        "countReportId");
    assertThatCode(() -> MonitoringRules.countWithItsReport(CountClaim.parse("up to 900"), UUID.randomUUID()))
        .doesNotThrowAnyException();
    assertThatCode(() -> MonitoringRules.countWithItsReport(null, null)).doesNotThrowAnyException();
  }

  @Test
  void partExceedsWhole_aPartAboveTheWholesMaximumIsRefused() {
    assertRefused(() -> MonitoringRules.partWithinWhole(CountClaim.parse("at least 901"), CountClaim.parse("up to 900")),
        MonitoringRule.PART_EXCEEDS_WHOLE, "count");
    assertThatCode(() -> MonitoringRules.partWithinWhole(CountClaim.parse("about 300"), CountClaim.parse("up to 900")))
        .doesNotThrowAnyException();
    // Of "hundreds" (no known maximum) any part may be.
    assertThatCode(() -> MonitoringRules.partWithinWhole(CountClaim.parse("5,000"), CountClaim.parse("hundreds")))
        .doesNotThrowAnyException();
  }

  @Test
  void relatedToItself_anEventRelatedToItselfIsRefused() {
    UUID event = UUID.randomUUID();
    assertRefused(() -> MonitoringRules.notRelatedToItself(event, event), MonitoringRule.RELATED_TO_ITSELF, "toEventId");
    assertThatCode(() -> MonitoringRules.notRelatedToItself(event, UUID.randomUUID())).doesNotThrowAnyException();
  }

  @Test
  void everyRuleIsRaisedInExactlyOneGuard() throws IOException {
    Map<String, List<String>> raisedIn = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("MonitoringRule.java")).toList()) {
        String source = Files.readString(file);
        for (MonitoringRule rule : MonitoringRule.values()) {
          if (source.contains("MonitoringRule." + rule.name() + ".")) {
            raisedIn.computeIfAbsent(rule.name(), k -> new ArrayList<>()).add(file.getFileName().toString());
          }
        }
      }
    }
    for (MonitoringRule rule : MonitoringRule.values()) {
      assertThat(raisedIn.get(rule.name())).as(rule.name()).containsExactly("MonitoringRules.java");
      assertThat(Files.readString(SOURCES.resolve("rules/MonitoringRules.java")).split("MonitoringRule\\." + rule.name() + "\\.", -1))
          .as(rule.name()).hasSize(2);
    }
  }

  @Test
  void theRulePageMatchesTheCode() throws IOException {
    StringBuilder page = new StringBuilder("# Monitoring rules\n\n")
        .append("Generated from `org.sanctuary.monitoring.rules.MonitoringRule` by `MonitoringRulesTest`; do not edit by hand.\n")
        .append("A command that breaks one is refused with HTTP 409 and the rule's code, changes nothing, and pages say\n")
        .append("the rule beside the field concerned. Each rule has one guard, in `MonitoringRules`.\n\n")
        .append("| code | rule | source |\n|---|---|---|\n");
    for (MonitoringRule rule : MonitoringRule.values()) {
      page.append("| `").append(rule.name()).append("` | ").append(rule.rule()).append(" | ").append(rule.source()).append(" |\n");
    }
    if (Boolean.getBoolean("sanctuary.docs.write")) {
      Files.writeString(PAGE, page.toString());
    }
    assertThat(Files.readString(PAGE)).isEqualTo(page.toString());
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, MonitoringRule rule, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(RuleRefusal.class, r -> {
      assertThat(r.code()).isEqualTo(rule.name());
      assertThat(r.field()).isEqualTo(field);
    });
  }
}
