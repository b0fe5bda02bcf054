package db.migration.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit trail without a lock held across requests (docs/adr/0007-audit-sealed-in-batches.md).
 * An entry is appended with a number from a sequence and a MAC; one sealer at a time gives it its
 * place in the hash chain ({@code chain_index}) and signs checkpoints. Existing entries are already
 * chained: their place is their id, and the sequence continues after the last of them.
 */
public class V33__audit_sealed_in_batches extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    try (Statement sql = connection.createStatement()) {
      sql.execute("ALTER TABLE audit_entry ADD COLUMN chain_index BIGINT");
      sql.execute("ALTER TABLE audit_entry ADD COLUMN mac CHAR(64)");
      sql.execute("ALTER TABLE audit_entry ALTER COLUMN prev_hash DROP NOT NULL");
      sql.execute("ALTER TABLE audit_entry ALTER COLUMN hash DROP NOT NULL");
      sql.execute("UPDATE audit_entry SET chain_index = id");
      sql.execute("CREATE UNIQUE INDEX audit_entry_chain ON audit_entry (chain_index)");
      if (postgres) {
        // the sealer's queue: entries not yet chained, in the order they were numbered
        sql.execute("CREATE INDEX audit_entry_unsealed ON audit_entry (id) WHERE chain_index IS NULL");
      }
      long last;
      try (ResultSet max = sql.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_entry")) {
        max.next();
        last = max.getLong(1);
      }
      sql.execute("CREATE SEQUENCE audit_entry_seq START WITH " + (last + 1) + " CACHE 1");
      sql.execute(
          "CREATE TABLE audit_checkpoint ("
              + " chain_size  BIGINT NOT NULL,"
              + " chain_hash  CHAR(64) NOT NULL,"
              + " signed_at   TIMESTAMP WITH TIME ZONE NOT NULL,"
              + " public_key  CHAR(64) NOT NULL,"
              + " signature   CHAR(128) NOT NULL,"
              + " PRIMARY KEY (chain_size, public_key))");
    }
  }
}
