package org.sanctuary.monitoring;

import org.sanctuary.monitoring.scope.TeamScope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every query of the monitoring module that reads a team's record (events, reports, interventions,
 * persons of concern) carries the reader's teams ({@link TeamScope}, {@code office_id IN (:teams)}).
 * This reads the module's SQL as written, statement by statement, and fails on a read that forgets
 * it; the few reads that need no reader say why below.
 */
class MonitoringScopeTest {

  private static final Pattern READ_OF_A_TEAM_RECORD = Pattern.compile(
      "(?i)\\bSELECT\\b.*\\b(FROM|JOIN)\\s+(monitoring_event|source_report|intervention|person_of_concern|figure_cell)\\b(?!_)");

  /** Reads that take no reader's scope, each with its reason. */
  private static final Map<String, String> UNSCOPED = Map.ofEntries(
      Map.entry("FROM intervention WHERE status = 'OPEN' AND next_follow_up < ?",
          "the nightly run raises each team's overdue alerts for that team's supervisors; nobody reads it"),
      Map.entry("SELECT COUNT(*) FROM person_of_concern WHERE person_id = ?",
          "follow() checked first that the person is readable in the registry; a person is followed by one team only"),
      Map.entry("JOIN source_report r ON r.id = l.report_id WHERE l.event_id = ?",
          "the references of the reports an event cites, for an event just read with the reader's teams"),
      Map.entry("JOIN source_report r ON r.id = c.report_id WHERE c.event_id = ?",
          "the counts an event was given, for an event just read with the reader's teams"),
      Map.entry("SELECT envelope_claim_id, date_earliest, date_latest, verification FROM monitoring_event WHERE id = ? FOR UPDATE",
          "locks an event its command just found with the writer's teams, to count it"),
      Map.entry("JOIN source_report r ON r.id = c.report_id WHERE c.event_id IN (:ids)",
          "the counts of a chunk of events just read with the reader's teams"),
      Map.entry("JOIN source_report r ON r.id = l.report_id WHERE l.event_id IN (:ids)",
          "the reports informing a chunk of events just read with the reader's teams"),
      Map.entry("FROM source_report r WHERE r.id IN (:reports)",
          "the reports that events of an export cite, the events read with the exporter's teams"),
      Map.entry("FROM monitoring_event e LEFT JOIN place p ON p.id = e.place_id WHERE e.id = ?",
          "where an event being counted (its row locked) is added to the figures' cells"),
      Map.entry("SELECT id FROM monitoring_event WHERE count_stale",
          "the start-up count of events recorded before counts were kept; nobody reads it"));

  @Test
  void everyReadOfATeamsRecordCarriesTheReadersTeams() throws IOException {
    List<String> unscoped = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/sanctuary/monitoring"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Map<String, String> fragments = fragments(source);
        for (String statement : source.split(";")) {
          Matcher declaration = DECLARATION.matcher(statement);
          if (declaration.find() && !declaration.group(2).contains("jdbc")) {
            continue; // a piece of SQL kept in a variable is checked where a statement sends it
          }
          String sql = sql(statement, fragments);
          boolean allowed = UNSCOPED.keySet().stream().anyMatch(sql::contains);
          if (READ_OF_A_TEAM_RECORD.matcher(sql).find() && !sql.contains("(:teams)") && !allowed) {
            unscoped.add(file.getFileName() + ": " + sql);
          }
        }
      }
    }
    assertThat(unscoped).isEmpty();
  }

  @Test
  void theCheckCatchesAReadThatForgetsTheScope() {
    String source = "private static final String EVENTS = \" FROM monitoring_event e\";\n"
        + "List<UUID> list() { return jdbc.sql(\"SELECT e.id\" + EVENTS + \" WHERE e.id = ?\").param(id).list(); }";
    Map<String, String> fragments = fragments(source);
    String sql = sql(source.split(";")[1], fragments);
    assertThat(sql).isEqualTo("SELECT e.id FROM monitoring_event e WHERE e.id = ?");
    assertThat(READ_OF_A_TEAM_RECORD.matcher(sql).find()).isTrue();
  }

  private static final Pattern DECLARATION = Pattern.compile("\\bString\\s+(\\w+)\\s*=([^;]*)$", Pattern.DOTALL);
  private static final Pattern TOKEN = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|\\b([A-Za-z_]\\w*)\\b");

  /** Text kept in String variables or constants declared once in the file, by name. */
  private static Map<String, String> fragments(String source) {
    Map<String, String> fragments = new java.util.HashMap<>();
    java.util.Set<String> twice = new java.util.HashSet<>();
    for (String statement : source.split(";")) {
      Matcher m = DECLARATION.matcher(statement);
      // In the order declared, so that a fragment made of fragments reads whole.
      if (m.find() && fragments.put(m.group(1), sql(m.group(2), fragments)) != null) {
        twice.add(m.group(1));
      }
    }
    twice.forEach(fragments::remove);
    return fragments;
  }

  /** The SQL one statement sends: its literals, with the variables and constants it names put in. */
  private static String sql(String statement, Map<String, String> fragments) {
    StringBuilder sql = new StringBuilder();
    Matcher m = TOKEN.matcher(statement);
    while (m.find()) {
      if (m.group(1) != null) {
        sql.append(m.group(1));
      } else if (fragments.containsKey(m.group(2))) {
        sql.append(fragments.get(m.group(2)));
      }
    }
    return sql.toString();
  }

  /** The string literals of one Java statement, joined: the SQL it sends. */
  private static String literals(String statement) {
    StringBuilder sql = new StringBuilder();
    Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(statement);
    while (m.find()) {
      sql.append(m.group(1));
    }
    return sql.toString();
  }
}
