package org.sanctuary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanctuary.access.OfficeType;
import org.sanctuary.access.Role;
import org.sanctuary.registry.ConsentPurpose;
import org.sanctuary.registry.FamilyRelation;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.GroupKind;
import org.sanctuary.registry.NameScript;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;
import org.sanctuary.registry.WhereaboutsStatus;

/** Every page string exists in English, Korean and Chinese, and so does every vocabulary term. */
class MessagesInSyncTest {

  private static final Map<String, Class<? extends Enum<?>>> VOCABULARIES =
      Map.ofEntries(
          Map.entry("state", org.sanctuary.procedure.ClaimState.class),
          Map.entry("reasonCode", org.sanctuary.procedure.ReasonCode.class),
          Map.entry("command", org.sanctuary.procedure.Command.class),
          Map.entry("channel", org.sanctuary.procedure.Channel.class),
          Map.entry("modality", org.sanctuary.procedure.Modality.class),
          Map.entry("finding", org.sanctuary.procedure.decision.Finding.class),
          Map.entry("ground", org.sanctuary.procedure.decision.ConventionGround.class),
          Map.entry("exclusion", org.sanctuary.procedure.decision.Exclusion.class),
          Map.entry("outcome", org.sanctuary.procedure.decision.DecisionDraft.Outcome.class),
          Map.entry("appealOutcome", org.sanctuary.procedure.Case.AppealOutcome.class),
          Map.entry("recipient", org.sanctuary.procedure.disclosure.RecipientType.class),
          Map.entry("alertKind", org.sanctuary.alerts.Alerts.Kind.class),
          Map.entry("alert.text", org.sanctuary.alerts.Alerts.Kind.class),
          Map.entry("audit.outcome", org.sanctuary.audit.Outcome.class),
          Map.entry("requester", org.sanctuary.procedure.Requester.class),
          Map.entry("sourceType", org.sanctuary.monitoring.reports.SourceReport.SourceType.class),
          Map.entry("confidentiality", org.sanctuary.monitoring.reports.SourceReport.Confidentiality.class),
          Map.entry("verification", org.sanctuary.monitoring.events.MonitoringEvent.Verification.class),
          Map.entry("connection", org.sanctuary.monitoring.events.MonitoringEvent.Connection.class),
          Map.entry("fate", org.sanctuary.monitoring.concern.PersonOfConcern.Fate.class),
          Map.entry("response", org.sanctuary.monitoring.interventions.Intervention.Response.class),
          Map.entry("eventRelation", org.sanctuary.monitoring.events.MonitoringEvent.RelationKind.class),
          Map.entry("perpetratorKind", org.sanctuary.monitoring.events.MonitoringEvent.PerpetratorKind.class),
          Map.entry("degree", org.sanctuary.monitoring.events.MonitoringEvent.Degree.class),
          Map.entry("detention", org.sanctuary.registry.Detention.Acknowledgement.class),
          Map.entry("priority", org.sanctuary.monitoring.interventions.Intervention.Priority.class),
          Map.entry("interventionStatus", org.sanctuary.monitoring.interventions.Intervention.Status.class),
          Map.entry("removalKind", org.sanctuary.procedure.RemovalKind.class),
          Map.entry("endingKind", org.sanctuary.procedure.StatusEnding.Kind.class),
          Map.entry("appeal.against", org.sanctuary.procedure.Case.Appeal.Against.class),
          Map.entry("interview.status", org.sanctuary.procedure.Case.Interview.Status.class),
          Map.entry("role", Role.class),
          Map.entry("officeType", OfficeType.class),
          Map.entry("need", SpecificNeed.class),
          Map.entry("sex", Sex.class),
          Map.entry("script", NameScript.class),
          Map.entry("preference", GenderPreference.class),
          Map.entry("status", WhereaboutsStatus.class),
          Map.entry("purpose", ConsentPurpose.class),
          Map.entry("kind", GroupKind.class),
          Map.entry("relation", FamilyRelation.class));

  @Test
  void koreanAndChineseHaveExactlyTheEnglishKeys() throws IOException {
    Set<String> english = load("messages.properties").stringPropertyNames();
    assertThat(load("messages_ko.properties").stringPropertyNames()).isEqualTo(english);
    assertThat(load("messages_zh.properties").stringPropertyNames()).isEqualTo(english);
  }

  @Test
  void everyKeyATemplateNamesExists() throws IOException {
    Set<String> english = load("messages.properties").stringPropertyNames();
    Set<String> used = new TreeSet<>();
    Pattern key = Pattern.compile("#\\{([a-zA-Z][a-zA-Z.]*[a-zA-Z])[}(]");
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher m = key.matcher(Files.readString(template));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(english).containsAll(used);
  }

  @Test
  void everyTermOfEveryVocabularyHasALabel() throws IOException {
    Set<String> english = load("messages.properties").stringPropertyNames();
    Set<String> missing = new TreeSet<>();
    VOCABULARIES.forEach(
        (prefix, vocabulary) -> {
          for (Enum<?> term : vocabulary.getEnumConstants()) {
            if (!english.contains(prefix + "." + term.name())) {
              missing.add(prefix + "." + term.name());
            }
          }
        });
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKindOfCaseEventHasWordsInEveryLanguage() throws IOException {
    for (String file : List.of("messages.properties", "messages_ko.properties", "messages_zh.properties")) {
      Set<String> keys = load(file).stringPropertyNames();
      Set<String> missing = new TreeSet<>();
      for (org.sanctuary.procedure.Happened happened : org.sanctuary.procedure.Happened.values()) {
        if (!keys.contains("event." + happened.label())) {
          missing.add("event." + happened.label());
        }
      }
      assertThat(missing).as(file).isEmpty();
    }
  }

  /**
   * Every action and subject the code records in the audit trail has words for the audit pages:
   * read from the sources, as the first and second arguments of {@code AuditRecord.success} and
   * {@code refused} and the action named to the case runner, so that an action no test happens to
   * record is covered too.
   */
  @Test
  void everyAuditActionAndSubjectTheCodeRecordsHasWords() throws IOException {
    Set<String> english = load("messages.properties").stringPropertyNames();
    Pattern record = Pattern.compile("AuditRecord\\.(?:success|refused)\\(\\s*([^,]+),\\s*([^,]+),");
    Pattern caseAction = Pattern.compile("runner\\.run\\(\\w+, \\w+, ([^,]+),");
    Pattern code = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");
    Pattern constant = Pattern.compile("static final String (\\w+) = \"?([A-Z_]+|\\w+\\.[A-Z_]+)\"?;");
    Set<String> actions = new TreeSet<>();
    Set<String> subjects = new TreeSet<>();
    // Subjects are often a class's SUBJECT constant: resolved within the class, or the class named.
    Map<String, Map<String, String>> constants = new java.util.HashMap<>();
    Map<String, String> sources = new java.util.HashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String className = file.getFileName().toString().replace(".java", "");
        String source = Files.readString(file);
        sources.put(className, source);
        Matcher c = constant.matcher(source);
        while (c.find()) {
          constants.computeIfAbsent(className, k -> new java.util.HashMap<>()).put(c.group(1), c.group(2));
        }
      }
    }
    sources.forEach((className, source) -> {
      Matcher m = record.matcher(source);
      while (m.find()) {
        Matcher literal = code.matcher(m.group(1));
        while (literal.find()) {
          actions.add(literal.group(1));
        }
        String subject = m.group(2).strip();
        int dot = subject.lastIndexOf('.');
        String owner = dot < 0 ? className : subject.substring(0, dot);
        String name = subject.substring(dot + 1);
        String value = constants.getOrDefault(owner, Map.of()).getOrDefault(name, subject);
        // A constant that names another class's constant (SUBJECT = CaseRunner.SUBJECT) is followed once.
        int alias = value.indexOf('.');
        if (alias > 0) {
          value = constants.getOrDefault(value.substring(0, alias), Map.of()).getOrDefault(value.substring(alias + 1), value);
        }
        subjects.add(subject.startsWith("\"") ? subject.replace("\"", "") : value);
      }
      Matcher run = caseAction.matcher(source);
      while (run.find()) {
        Matcher literal = code.matcher(run.group(1));
        while (literal.find()) {
          actions.add(literal.group(1));
        }
      }
    });
    assertThat(actions).as("actions found in the sources").hasSizeGreaterThan(80).contains("PERSON_READ", "DECISION_SIGNED");
    assertThat(actions.stream().map(a -> "audit.action." + a)).allMatch(english::contains, "has words");
    assertThat(subjects).contains("PERSON", "CASE");
    assertThat(subjects.stream().map(s -> "audit.subjectType." + s)).allMatch(english::contains, "has words");
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            MessagesInSyncTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
