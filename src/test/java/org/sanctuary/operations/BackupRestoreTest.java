package org.sanctuary.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanctuary.Fixtures;
import org.sanctuary.SanctuaryApplication;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Role;
import org.sanctuary.audit.AuditSealer;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.audit.Verification;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backup and restore of docs/operations.md, done for real on PostgreSQL (the suite's second run
 * in CI): {@code pg_dump} of the live database, {@code pg_restore} into an empty one, and Sanctuary
 * started on the copy with the same master key file reads a person's sealed fields and verifies the
 * whole audit trail. On the embedded database there is nothing to dump with, and the test says so.
 */
class BackupRestoreTest {

  @Test
  void aDumpRestoredIntoAnEmptyDatabaseOpensWithTheSameMasterKeyAndItsTrailVerifies() throws Exception {
    String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "");
    assumeTrue(url.startsWith("jdbc:postgresql://"), "a backup of the embedded database is a copy of its file");
    String user = System.getenv("SPRING_DATASOURCE_USERNAME");
    String password = System.getenv("SPRING_DATASOURCE_PASSWORD");
    String restoredName = "sanctuary_restore_" + ProcessHandle.current().pid();
    String restoredUrl = url.substring(0, url.lastIndexOf('/') + 1) + restoredName;

    PersonId person;
    String registrar;
    long persons;
    Path dump = Files.createTempFile(Path.of("target").toAbsolutePath(), "backup-", ".dump");
    try (ConfigurableApplicationContext live = node(url)) {
      Fixtures.Staffed office = live.getBean(Fixtures.class).anOfficeWithEveryRole();
      person = live.getBean(Fixtures.class).aPersonAt(office, "남궁옥분");
      registrar = office.username(Role.REGISTRAR);
      live.getBean(AuditSealer.class).seal();
      persons = live.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM person").query(Long.class).single();
      run(password, "pg_dump", "--format=custom", "--no-owner", "--file=" + dump, "--username=" + user, "--dbname=" + libpq(url));
    }
    try {
      run(password, "createdb", "--host=" + host(url), "--port=" + port(url), "--username=" + user, restoredName);
      run(password, "pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restoredUrl), "--username=" + user,
          dump.toString());
      try (ConfigurableApplicationContext restored = node(restoredUrl)) {
        assertThat(restored.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM person").query(Long.class).single())
            .isEqualTo(persons);
        AccessPolicy access = restored.getBean(AccessPolicy.class);
        String name = access.actingAs(registrar,
            () -> restored.getBean(PersonDirectory.class).read(person).details().primaryName().value());
        assertThat(name).isEqualTo("남궁옥분");
        Verification trail = access.actingAs(registrar, () -> restored.getBean(AuditTrail.class).verify());
        assertThat(trail.valid()).as("the restored trail verifies: %s", trail).isTrue();
        assertThat(trail.entries()).isPositive();
      }
    } finally {
      run(password, "dropdb", "--if-exists", "--host=" + host(url), "--port=" + port(url), "--username=" + user, restoredName);
      Files.deleteIfExists(dump);
    }
  }

  private static ConfigurableApplicationContext node(String url) {
    return new SpringApplicationBuilder(SanctuaryApplication.class)
        .profiles("test")
        // As arguments: default properties rank below the environment's SPRING_DATASOURCE_URL, which names
        // the live database, and the restored node would silently open the live one.
        .run("--server.port=0", "--spring.jmx.enabled=false", "--spring.datasource.url=" + url);
  }

  /** The database as pg_dump and pg_restore take it: a libpq URI. */
  private static String libpq(String jdbcUrl) {
    return jdbcUrl.substring("jdbc:".length());
  }

  private static void run(String password, String program, Object... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(program);
    for (Object arg : args) {
      if (arg != null) {
        command.add(arg.toString());
      }
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", password == null ? "" : password);
    Process process = builder.start();
    String said = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("%s finished", program).isTrue();
    assertThat(process.exitValue()).as("%s: %s", program, said).isZero();
  }

  private static String host(String url) {
    return java.net.URI.create(url.substring("jdbc:".length())).getHost();
  }

  private static int port(String url) {
    int port = java.net.URI.create(url.substring("jdbc:".length())).getPort();
    return port < 0 ? 5432 : port;
  }
}
