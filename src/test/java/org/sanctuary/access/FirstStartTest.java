package org.sanctuary.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuary.SanctuaryApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A production start on an empty database needs an administrator, and creates no demo users. */
class FirstStartTest {

  @Test
  void anEmptyDatabaseWithoutAnAdministratorPasswordRefusesToStart() {
    assertThatThrownBy(() -> start("").close())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SANCTUARY_ADMIN_PASSWORD");
  }

  @Test
  void withThePasswordTheFirstAdministratorIsCreatedAndNoOneElse() {
    try (ConfigurableApplicationContext context = start("first-start-password")) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("admin");
      assertThat(jdbc.sql("SELECT role FROM membership").query(String.class).list()).containsExactly("ADMIN");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isZero();
    }
  }

  private static ConfigurableApplicationContext start(String password) {
    return new SpringApplicationBuilder(SanctuaryApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:first-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
            "--spring.datasource.username=sa",
            "--spring.datasource.password=",
            "--sanctuary.access.bootstrap-admin-password=" + password);
  }
}
