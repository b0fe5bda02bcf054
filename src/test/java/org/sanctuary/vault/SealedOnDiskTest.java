package org.sanctuary.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuary.SanctuaryApplication;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.NewUser;
import org.sanctuary.access.Office;
import org.sanctuary.access.OfficeType;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Role;
import org.sanctuary.access.UserAccounts;
import org.sanctuary.monitoring.reports.SourceReport;
import org.sanctuary.monitoring.reports.SourceReports;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What {@code strings} on the embedded database's file shows of a source's identity and testimony:
 * nothing. Sanctuary runs on an H2 file of its own, a report is filed, Sanctuary stops, and the bytes
 * of every file in the data folder are searched. The folder, and the master key in it, are the service
 * user's only.
 */
class SealedOnDiskTest {

  @Test
  void theDatabaseFileHoldsNoIdentityNorTestimonyAndOnlyItsOwnerReadsIt() throws Exception {
    Path folder = Path.of("target", "sealed-on-disk", UUID.randomUUID().toString()).toAbsolutePath();
    String token = UUID.randomUUID().toString().substring(0, 8);
    String identity = "PLANTED-IDENTITY-" + token + " 박 선생, Tumen middle school";
    String testimony = "PLANTED-TESTIMONY-" + token + " 트럭 세 대가 새벽에 다리를 건넜다";
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SanctuaryApplication.class).run(
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("sanctuary") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0",
        "--spring.datasource.username=sa", "--spring.datasource.password=",
        "--sanctuary.vault.master-key-file=" + folder.resolve("master.key"),
        "--sanctuary.access.bootstrap-admin-password=first-start-password")) {
      Office team = context.getBean(Offices.class).createUnchecked("DISK", "Disk team", OfficeType.MONITORING_TEAM);
      context.getBean(UserAccounts.class).createUnchecked(new NewUser("disk-monitor", "Monitor", "lanterns over the river",
          Map.of(team.id(), EnumSet.of(Role.MONITOR))));
      context.getBean(AccessPolicy.class).actingAs("disk-monitor", () -> context.getBean(SourceReports.class).file(
          new SourceReports.Draft(team.id(), SourceReport.SourceType.WITNESS, LocalDate.of(2002, 6, 2), "ko", testimony, identity,
              SourceReport.Confidentiality.CONFIDENTIAL, null)));
    }

    byte[][] planted = {
      token.getBytes(StandardCharsets.UTF_8), "트럭".getBytes(StandardCharsets.UTF_8), "Tumen middle".getBytes(StandardCharsets.UTF_8)
    };
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        byte[] bytes = Files.readAllBytes(file);
        for (byte[] text : planted) {
          assertThat(indexOf(bytes, text)).as(file.getFileName() + " holds " + new String(text, StandardCharsets.UTF_8)).isEqualTo(-1);
        }
      }
    }
    // The folder is the service user's only, whatever mode the database gives the files it creates in it.
    assertThat(Files.getPosixFilePermissions(folder.resolve("master.key")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.getPosixFilePermissions(folder))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    assertThat(Files.exists(folder.resolve("sanctuary.mv.db"))).isTrue();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
