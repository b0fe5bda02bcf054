package org.sanctuary.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctuary.SanctuaryApplication;
import org.sanctuary.audit.AuditSealer;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.audit.Verification;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The exit format end to end, between two installations with different master keys: the demo
 * organisation goes out with a purpose, comes into an empty installation, and comes out of it again
 * row for row the same, sealed fields included, with one audit trail that verifies across both. A file
 * altered anywhere, or taken without a purpose, is refused at start and leaves the database empty.
 * Runs on H2, and on PostgreSQL when the suite does (databases of its own, made and dropped here).
 */
class ExitFormatRoundTripTest {

  private static final String PURPOSE = "moving the organisation to its new installation";
  private static final Set<String> RECORDS_OF_THE_MOVE = Set.of("organisation_export", "organisation_import");

  private static final Databases databases = new Databases();
  private static String source;
  private static byte[] whole;
  private static byte[] withheld;
  private static long sourceEntries;
  private static Map<String, Long> sourceCounts;

  @BeforeAll
  static void exportTheDemoOrganisation() throws Exception {
    source = databases.create("exit_source");
    try (ConfigurableApplicationContext live = node(source, "source", Map.of(), "test", "demo")) {
      OrganisationExport export = live.getBean(OrganisationExport.class);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      export.export(out, PURPOSE, "operator:test");
      whole = out.toByteArray();
      out = new ByteArrayOutputStream();
      export.export(out, null, "operator:test");
      withheld = out.toByteArray();
      live.getBean(AuditSealer.class).seal();
      JdbcClient jdbc = live.getBean(JdbcClient.class);
      sourceEntries = jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
      sourceCounts = new HashMap<>();
      for (String table : List.of("person", "procedure_case", "case_decision", "source_report", "monitoring_event",
          "whereabouts_entry", "app_user", "office", "case_letter")) {
        sourceCounts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
      }
    }
  }

  @AfterAll
  static void dropTheDatabases() throws Exception {
    databases.dropAll();
  }

  @Test
  void theOrganisationComesOutOfItsNewInstallationRowForRowAsItWentIn() throws Exception {
    String target = databases.create("exit_target");
    Path file = write("whole", whole);
    try (ConfigurableApplicationContext moved = node(target, "target",
        Map.of("sanctuary.exit.import", file.toString()), "test")) {
      JdbcClient jdbc = moved.getBean(JdbcClient.class);
      for (var count : sourceCounts.entrySet()) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM " + count.getKey()).query(Long.class).single())
            .as(count.getKey()).isEqualTo(count.getValue()).isPositive();
      }
      // Sealed again, under this installation's keys: the stored values are not the source's.
      assertThat(jdbc.sql("SELECT content FROM source_report WHERE content IS NOT NULL").query(String.class).list())
          .isNotEmpty().allSatisfy(c -> assertThat(c).startsWith("sealed:v1:"));

      ByteArrayOutputStream again = new ByteArrayOutputStream();
      moved.getBean(OrganisationExport.class).export(again, PURPOSE, "operator:test");
      assertThat(rows(again.toByteArray())).isEqualTo(rows(whole)).hasSizeGreaterThan(500);

      // One trail: the source's entries, then the import's own, chained on and signed here.
      moved.getBean(AuditSealer.class).seal();
      Verification trail = moved.getBean(AuditTrail.class).verify();
      assertThat(trail.valid()).as("%s", trail).isTrue();
      assertThat(trail.entries()).isGreaterThan(sourceEntries - 3);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ORGANISATION_IMPORTED'").query(Long.class).single())
          .isEqualTo(1);

      // The people who worked in it sign in to the new installation with their own passwords.
      int port = Integer.parseInt(moved.getEnvironment().getProperty("local.server.port"));
      HttpResponse<String> signIn = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tokens"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"registrar\",\"password\":\"sanctuary-demo\"}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(signIn.statusCode()).as(signIn.body()).isBetween(200, 201);
    }
  }

  @Test
  void everyLineOfBothExportsHasTheFormThePublishedSchemaGivesIt() throws Exception {
    com.networknt.schema.Schema schema =
        com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(Path.of("docs/exit-format.schema.json")));
    tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
    for (byte[] file : List.of(whole, withheld)) {
      String[] lines = new String(file, StandardCharsets.UTF_8).split("\n");
      assertThat(lines.length).isGreaterThan(1000);
      for (int i = 0; i < lines.length; i++) {
        assertThat(schema.validate(json.readTree(lines[i]))).as("line %d", i + 1).isEmpty();
      }
    }
  }

  @Test
  void anExportWithoutAPurposeWithholdsSealedFieldsAndPasswordsAndCannotBeImported() throws Exception {
    String text = new String(withheld, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("sealed:v1:").contains("\"sealedFields\":\"WITHHELD\"");
    for (String line : text.split("\n")) {
      if (line.contains("\"table\":\"app_user\"")) {
        assertThat(line).contains("\"password_hash\":null").contains("\"withheld\":[\"password_hash\"]");
      }
      if (line.contains("\"table\":\"source_report\"")) {
        assertThat(line).contains("\"content\":null");
      }
    }
    assertRefusedAndEmpty(withheld, "withheld its sealed fields");
  }

  @Test
  void aFileChangedAnywhereIsRefusedAndNothingIsWritten() throws Exception {
    // A row changed: the digest of the lines no longer matches the one the source signed.
    assertRefusedAndEmpty(replaceIn(whole, line -> line.contains("\"table\":\"person\"") && line.contains("\"sex\":\"FEMALE\""),
        line -> line.replace("\"sex\":\"FEMALE\"", "\"sex\":\"MALE\"")), "do not have the digest");
    // An audit entry changed: its hash no longer covers it, and the chain says which one.
    assertRefusedAndEmpty(replaceIn(whole, line -> line.contains("\"record\":\"audit\"") && line.contains("\"outcome\":\"SUCCESS\""),
        line -> line.replace("\"outcome\":\"SUCCESS\"", "\"outcome\":\"REFUSED\"")), "does not hash to");
    // Cut short: the last line is missing.
    String text = new String(whole, StandardCharsets.UTF_8);
    String cut = text.substring(0, text.lastIndexOf("{\"record\":\"end\""));
    assertRefusedAndEmpty(cut.getBytes(StandardCharsets.UTF_8), "cut short");
  }

  private static void assertRefusedAndEmpty(byte[] content, String because) throws Exception {
    String target = databases.create("exit_refused");
    Path file = write("refused", content);
    assertThatThrownBy(() -> node(target, "refused", Map.of("sanctuary.exit.import", file.toString()), "test").close())
        .hasStackTraceContaining(because);
    try (Connection c = databases.connect(target)) {
      for (String table : List.of("office", "app_user", "person", "audit_entry")) {
        try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          assertThat(rs.getLong(1)).as("%s after a refused import", table).isZero();
        }
      }
    }
  }

  /** The rows of a file, as lines, without those that record the move itself. */
  private static List<String> rows(byte[] file) {
    List<String> rows = new ArrayList<>();
    for (String line : new String(file, StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith("{\"record\":\"row\"") && RECORDS_OF_THE_MOVE.stream().noneMatch(t -> line.contains("\"table\":\"" + t + "\""))) {
        rows.add(line);
      }
    }
    return rows;
  }

  private static byte[] replaceIn(byte[] file, java.util.function.Predicate<String> which, UnaryOperator<String> change) {
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    for (String line : new String(file, StandardCharsets.UTF_8).split("\n")) {
      if (!changed && which.test(line)) {
        String altered = change.apply(line);
        assertThat(altered).isNotEqualTo(line);
        out.append(altered);
        changed = true;
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    assertThat(changed).as("the line to change is in the file").isTrue();
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Path write(String name, byte[] content) throws Exception {
    Path file = Files.createTempFile(Path.of("target").toAbsolutePath(), "exit-" + name + "-", ".jsonl");
    Files.write(file, content);
    file.toFile().deleteOnExit();
    return file;
  }

  private static ConfigurableApplicationContext node(String url, String installation, Map<String, String> more,
      String... profiles) {
    Map<String, Object> properties = new HashMap<>(Map.of(
        "server.port", "0",
        "spring.jmx.enabled", "false",
        "spring.datasource.url", url,
        // Two installations, two master keys: nothing sealed in one opens in the other.
        "sanctuary.vault.master-key-file", "target/exit-" + installation + "-" + ProcessHandle.current().pid() + ".key",
        "sanctuary.exit.stop-after", "false"));
    if (url.startsWith("jdbc:h2:")) {
      properties.put("spring.datasource.username", "sa");
      properties.put("spring.datasource.password", "");
    }
    properties.putAll(more);
    // As arguments: they rank above the test profile's file and the suite's environment, which name the suite's database.
    return new SpringApplicationBuilder(SanctuaryApplication.class).profiles(profiles)
        .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
  }

  /** Databases of the test's own: in memory on H2, made and dropped on the suite's PostgreSQL. */
  private static final class Databases {
    private final String suite = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "");
    private final List<String> made = new ArrayList<>();

    String create(String name) throws Exception {
      String unique = name + "_" + ProcessHandle.current().pid() + "_" + made.size();
      if (!suite.startsWith("jdbc:postgresql:")) {
        String url = "jdbc:h2:mem:" + unique
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        made.add(url);
        return url;
      }
      try (Connection c = DriverManager.getConnection(suite, System.getenv("SPRING_DATASOURCE_USERNAME"),
          System.getenv("SPRING_DATASOURCE_PASSWORD"))) {
        c.createStatement().execute("CREATE DATABASE " + unique);
      }
      String url = suite.substring(0, suite.lastIndexOf('/') + 1) + unique;
      made.add(url);
      return url;
    }

    Connection connect(String url) throws Exception {
      return url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url, "sa", "")
          : DriverManager.getConnection(url, System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"));
    }

    /**
     * Every node made here is closed by now, so a plain drop is enough. It also stops an autovacuum worker
     * busy in the database, which a forced drop would instead refuse to terminate for a role that is not
     * a superuser. A session of ours still closing gets a few moments before it is forced.
     */
    private void drop(String name) throws Exception {
      try (Connection c = DriverManager.getConnection(suite, System.getenv("SPRING_DATASOURCE_USERNAME"),
          System.getenv("SPRING_DATASOURCE_PASSWORD"))) {
        for (int attempt = 1; ; attempt++) {
          try {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name);
            return;
          } catch (java.sql.SQLException inUse) {
            if (!"55006".equals(inUse.getSQLState()) || attempt == 5) {
              c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
              return;
            }
            Thread.sleep(500L * attempt);
          }
        }
      }
    }

    void dropAll() throws Exception {
      for (String url : made) {
        if (url.startsWith("jdbc:h2:")) {
          try (Connection c = connect(url)) {
            c.createStatement().execute("SHUTDOWN");
          }
        } else {
          drop(url.substring(url.lastIndexOf('/') + 1));
        }
      }
    }
  }
}
