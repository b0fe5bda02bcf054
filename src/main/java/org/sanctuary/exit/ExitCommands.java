package org.sanctuary.exit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.ValidationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The exit format's two commands, run by whoever operates the installation (who holds its database and
 * master key, and so could read everything anyway): no role of the application can take the whole
 * organisation out. {@code --sanctuary.exit.export=FILE} (with {@code --sanctuary.exit.purpose=TEXT}
 * to include sealed fields) writes an export; {@code --sanctuary.exit.import=FILE} reads one into an
 * installation that holds nothing yet, before its first administrator is made. The application stops
 * when the command is done (docs/operations.md). The trail names the operator as
 * {@code operator:} and the system user.
 */
@Component
@Order(5)
class ExitCommands implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ExitCommands.class);

  private final OrganisationExport exports;
  private final OrganisationImport imports;
  private final ConfigurableApplicationContext context;
  private final @Nullable String exportTo;
  private final @Nullable String purpose;
  private final @Nullable String importFrom;
  private final boolean stopAfter;

  ExitCommands(OrganisationExport exports, OrganisationImport imports, ConfigurableApplicationContext context,
      @Value("${sanctuary.exit.export:}") @Nullable String exportTo,
      @Value("${sanctuary.exit.purpose:}") @Nullable String purpose,
      @Value("${sanctuary.exit.import:}") @Nullable String importFrom,
      @Value("${sanctuary.exit.stop-after:true}") boolean stopAfter) {
    this.exports = exports;
    this.imports = imports;
    this.context = context;
    this.exportTo = exportTo;
    this.purpose = purpose;
    this.importFrom = importFrom;
    this.stopAfter = stopAfter;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean export = exportTo != null && !exportTo.isBlank();
    boolean importing = importFrom != null && !importFrom.isBlank();
    if (!export && !importing) {
      return;
    }
    if (export && importing) {
      throw new IllegalStateException("sanctuary.exit.export and sanctuary.exit.import are two commands: give one");
    }
    String operator = ("operator:" + System.getProperty("user.name", "unknown"));
    operator = operator.substring(0, Math.min(64, operator.length()));
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(operator, null, List.of()));
    SecurityContextHolder.setContext(context);
    try {
      if (export) {
        export(Path.of(exportTo), operator);
      } else {
        importFile(Path.of(importFrom), operator);
      }
    } catch (ValidationFailed refused) {
      throw new IllegalStateException("Refused, and nothing was written: "
          + refused.problems().stream().map(p -> p.message()).toList(), refused);
    } finally {
      SecurityContextHolder.setContext(previous);
    }
    if (stopAfter) {
      System.exit(SpringApplication.exit(this.context, () -> 0));
    }
  }

  private void export(Path file, String operator) {
    // The file holds what the database holds: only its owner may read it.
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Files.createFile(file,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))), StandardOpenOption.WRITE),
        1 << 16)) {
      OrganisationExport.Exported done = exports.export(out, purpose, operator);
      log.info("Exported {} lines to {}, SHA-256 {}, sealed fields {}", done.lines(), file, done.sha256(),
          done.sealedIncluded() ? "included" : "withheld");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export to " + file, e);
    }
  }

  private void importFile(Path file, String operator) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      OrganisationImport.Imported done = imports.importFrom(in, operator);
      log.info("Imported export {}: {} rows and {} audit entries, SHA-256 {}", done.exportId(), done.rows(),
          done.auditEntries(), done.sha256());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the export " + file, e);
    }
  }
}
