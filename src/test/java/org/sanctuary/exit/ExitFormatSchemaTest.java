package org.sanctuary.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctuary.vault.SealedColumn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schema of the exit format is the database's: every table the export carries, with its
 * columns and their forms, as the application reads them. A migration that changes a carried table
 * fails here until docs/exit-format.schema.json is written again ({@code -Dexit.schema.write=true}).
 * And a table the format cannot carry (one that refers to a table left behind, or a column of a type
 * without a written form) fails here too, rather than at an organisation's export.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExitFormatSchemaTest {

  private static final Path PUBLISHED = Path.of("docs/exit-format.schema.json");

  @Autowired JdbcTemplate jdbc;
  @Autowired List<SealedColumn> sealed;

  @Test
  void thePublishedSchemaIsTheOneTheDatabaseGives() throws Exception {
    List<ExitSchema.Table> tables = jdbc.execute((java.sql.Connection c) -> ExitSchema.read(c));
    Map<String, Object> schema = ExitSchema.jsonSchema(tables, sealed, OrganisationExport.CREDENTIALS);
    String written = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build().writeValueAsString(schema) + "\n";
    if (Boolean.getBoolean("exit.schema.write")) {
      Files.writeString(PUBLISHED, written, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PUBLISHED, StandardCharsets.UTF_8))
        .as("docs/exit-format.schema.json; write it again with -Dexit.schema.write=true")
        .isEqualTo(written);
  }

  @Test
  void everyTableComesAfterTheTablesItRefersToAndTheOfficeFirst() throws Exception {
    List<ExitSchema.Table> tables = jdbc.execute((java.sql.Connection c) -> ExitSchema.read(c));
    List<String> names = tables.stream().map(ExitSchema.Table::name).toList();
    assertThat(names.get(0)).isEqualTo("office");
    assertThat(names).contains("person", "procedure_case", "case_letter", "source_report", "person_link", "app_user")
        .doesNotContain("office_key", "api_token", "spring_session", "audit_entry", "flyway_schema_history");
    assertThat(names.indexOf("person")).isLessThan(names.indexOf("person_name"));
    assertThat(names.indexOf("procedure_case")).isLessThan(names.indexOf("case_decision"));
    assertThat(tables.stream().filter(t -> t.name().equals("place")).findFirst().orElseThrow().selfReferences())
        .containsExactly("parent_id");
    assertThat(tables.stream().filter(t -> t.name().equals("app_user")).findFirst().orElseThrow().columns())
        .extracting(ExitSchema.Column::name).contains("password_hash").doesNotContain("totp_secret");
  }
}
