package org.sanctuary.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuary.SanctuaryApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A production start on an empty database needs an administrator, creates no demo users, and is
 * all or nothing; the demo profile never loads into a database that already has users or offices.
 */
class FirstStartTest {

  @Test
  void anEmptyDatabaseWithoutAnAdministratorPasswordRefusesToStart() {
    assertThatThrownBy(() -> start(aDatabase(), "").close())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SANCTUARY_ADMIN_PASSWORD");
  }

  @Test
  void withThePasswordTheFirstAdministratorIsCreatedAndNoOneElse() {
    try (ConfigurableApplicationContext context = start(aDatabase(), "first-start-password")) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("admin");
      assertThat(jdbc.sql("SELECT role FROM membership").query(String.class).list()).containsExactly("ADMIN");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isZero();
    }
  }

  @Test
  void aRefusedAdministratorPasswordLeavesTheDatabaseEmptyAndTheNextStartWorks() {
    String database = aDatabase();
    assertThatThrownBy(() -> start(database, "short").close())
        .hasStackTraceContaining("SANCTUARY_ADMIN_PASSWORD was refused, and nothing was created");
    assertThatThrownBy(() -> start(database, "password1234").close())
        .hasStackTraceContaining("too easy to guess");

    try (ConfigurableApplicationContext context = start(database, "first-start-password")) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT code FROM office").query(String.class).list()).containsExactly("HQ");
      assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("admin");
    }
  }

  @Test
  void theDemoRefusesADatabaseThatAlreadyHasUsersAndLeavesItAsItWas() {
    String database = aDatabase();
    start(database, "first-start-password").close();

    assertThatThrownBy(() -> start(database, "", "--spring.profiles.active=demo").close())
        .hasStackTraceContaining("loads its data into an empty database only");
    try (ConfigurableApplicationContext context = start(database, "")) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("admin");
      assertThat(jdbc.sql("SELECT code FROM office").query(String.class).list()).containsExactly("HQ");
    }
  }

  @Test
  void theOnlyAdministratorAppointsASecondAtOnceAndFromThenOnEveryAdministratorNeedsApproval() {
    try (ConfigurableApplicationContext context = start(aDatabase(), "first-start-password")) {
      AccessPolicy access = context.getBean(AccessPolicy.class);
      UserAccounts accounts = context.getBean(UserAccounts.class);
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      OfficeId head = new OfficeId(jdbc.sql("SELECT id FROM office WHERE code = 'HQ'").query(UUID.class).single());
      access.actingAs("admin", () -> {
        accounts.create(new NewUser("second", "Second administrator", "lanterns over the river",
            java.util.Map.of(head, java.util.EnumSet.of(Role.ADMIN))));
        return accounts.create(new NewUser("third", "Third administrator", "lanterns over the river",
            java.util.Map.of(head, java.util.EnumSet.of(Role.ADMIN))));
      });
      assertThat(jdbc.sql("SELECT u.username FROM membership m JOIN app_user u ON u.id = m.user_id ORDER BY 1")
          .query(String.class).list()).containsExactly("admin", "second");
      assertThat(jdbc.sql("SELECT u.username FROM role_grant g JOIN app_user u ON u.id = g.user_id WHERE g.outcome IS NULL")
          .query(String.class).list()).containsExactly("third");
    }
  }

  private static String aDatabase() {
    // A file, as an installation has: each start below opens it afresh.
    return "jdbc:h2:file:./target/first-start/" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
  }

  private static ConfigurableApplicationContext start(String database, String password, String... more) {
    String[] args = {
      "--server.port=0",
      "--spring.datasource.url=" + database,
      "--spring.datasource.username=sa",
      "--spring.datasource.password=",
      "--sanctuary.access.bootstrap-admin-password=" + password
    };
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
        .toArray(String[]::new);
    return new SpringApplicationBuilder(SanctuaryApplication.class).run(all);
  }
}
