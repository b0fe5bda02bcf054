package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sanctuary.identity.NameKeys;

/** Computes the canonical keys of the names registered before they were kept (the same code as new names use). */
public class V24__canonical_name_keys_of_existing_names extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (PreparedStatement names = connection.prepareStatement("SELECT person_id, office_id, position, full_name FROM person_name");
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO person_name_canonical (person_id, office_id, position, canonical_key) VALUES (?, ?, ?, ?)");
        ResultSet rows = names.executeQuery()) {
      int batched = 0;
      while (rows.next()) {
        for (String key : NameKeys.of(rows.getString("full_name"))) {
          insert.setObject(1, rows.getObject("person_id", UUID.class));
          insert.setObject(2, rows.getObject("office_id", UUID.class));
          insert.setInt(3, rows.getInt("position"));
          insert.setString(4, key);
          insert.addBatch();
          if (++batched % 1000 == 0) {
            insert.executeBatch();
          }
        }
      }
      insert.executeBatch();
    }
  }
}
