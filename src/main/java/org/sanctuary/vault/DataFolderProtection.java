package org.sanctuary.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Before the embedded database opens: its folder is created readable by the service user only
 * (rwx------), and the files already in it (the database, the master key file) are made rw-------,
 * so another account on the machine reads neither.
 */
@Configuration(proxyBeanMethods = false)
class DataFolderProtection {

  private static final String H2_FILE = "jdbc:h2:file:";

  @Bean
  static BeanFactoryPostProcessor protectTheDataFolder(Environment environment) {
    return factory -> {
      String url = environment.getProperty("spring.datasource.url", "");
      if (url.startsWith(H2_FILE)) {
        protect(Path.of(url.substring(H2_FILE.length()).split(";")[0]).toAbsolutePath().getParent());
      }
    };
  }

  static void protect(Path folder) {
    try {
      Files.createDirectories(folder);
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
      }
    } catch (UnsupportedOperationException notPosix) {
      // a file system without POSIX permissions (Windows): its own access control applies
    } catch (IOException e) {
      throw new UncheckedIOException("the data folder " + folder + " could not be protected", e);
    }
  }
}
