package org.sanctuary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A 201 is a promise: what the embedded database acknowledged survives the process being killed,
 * and so does its audit entry. A child JVM runs Sanctuary with the demo on a fresh H2 file (the
 * README's first command, in a folder of its own); eight clients register persons as fast as it
 * answers, while the sealer chains their audit entries in batches; the child is killed with SIGKILL
 * in the middle of that; the database is opened again, and every person answered 201 before the kill
 * must be in it with its PERSON_REGISTERED entry. Sanctuary is then started again on the same files:
 * it chains what was waiting, and the whole trail verifies.
 */
class AcknowledgedWritesSurviveACrashTest {

  private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");
  private static final Pattern OFFICE = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"code\":\"BJG\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void everyPersonAnswered201BeforeAKillIsThereAfterTheRestart() throws Exception {
    Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-");
    int port = freePort();
    Process child = start(data, port, "child.log");
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    try {
      String base = "http://127.0.0.1:" + port;
      awaitUp(base, child);
      String token = match(TOKEN, send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"registrar\",\"password\":\"sanctuary-demo\"}"))).body());
      String office = match(OFFICE, send(HttpRequest.newBuilder(URI.create(base + "/api/offices"))
          .header("Authorization", "Bearer " + token)).body());

      ExecutorService writers = Executors.newFixedThreadPool(8);
      Instant killAt = Instant.now().plusSeconds(4);
      for (int w = 0; w < 8; w++) {
        int writer = w;
        writers.submit(() -> {
          for (int i = 0; child.isAlive(); i++) {
            String body = "{\"officeId\":\"" + office + "\",\"sex\":\"MALE\",\"names\":[{\"script\":\"LATIN_OTHER\",\"value\":\"Crash "
                + writer + "-" + i + "\",\"primary\":true}]}";
            try {
              HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/persons"))
                  .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body)));
              if (response.statusCode() == 201) {
                acknowledged.add(match(ID, response.body()));
              }
            } catch (IOException e) {
              return; // the server is gone: what it answered before is what counts
            }
          }
          return;
        });
      }
      while (Instant.now().isBefore(killAt)) {
        Thread.sleep(50);
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no close of the database
      child.waitFor(30, TimeUnit.SECONDS);
      writers.shutdown();
      assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }

    assertThat(acknowledged).as("persons answered 201 before the kill").hasSizeGreaterThan(20);
    List<String> missing = missingAfterRestart(data, acknowledged);
    System.out.printf("Crash test: %d persons answered 201 before SIGKILL, %d missing after restart%n",
        acknowledged.size(), missing.size());
    assertThat(missing).as("acknowledged but lost").isEmpty();
    List<String> unaudited = unauditedAfterRestart(data, acknowledged);
    assertThat(unaudited).as("acknowledged without an audit entry").isEmpty();

    Process again = start(data, port, "child-restart.log");
    try {
      String base = "http://127.0.0.1:" + port;
      awaitUp(base, again);
      String token = match(TOKEN, send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"auditor\",\"password\":\"sanctuary-demo\"}"))).body());
      String verification = "";
      Instant deadline = Instant.now().plusSeconds(30);
      while (Instant.now().isBefore(deadline)) {
        verification = send(HttpRequest.newBuilder(URI.create(base + "/api/audit/verify"))
            .header("Authorization", "Bearer " + token)).body();
        if (verification.contains("\"unsealed\":0,")) {
          break; // everything waiting at the kill is chained now
        }
        Thread.sleep(250);
      }
      System.out.println("Crash test: verification after restart " + verification);
      if (!verification.contains("\"unsealed\":0,")) {
        again.destroyForcibly();
        again.waitFor(30, TimeUnit.SECONDS);
        System.out.println("Crash test: still waiting " + waitingAfterRestart(data));
        System.out.println("Crash test: the restarted child's log\n"
            + String.join("\n", Files.readAllLines(data.resolve("child-restart.log"))));
      }
      assertThat(verification).contains("\"valid\":true").contains("\"unsealed\":0,");
    } finally {
      again.destroyForcibly();
      again.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** The entries not chained, as the sealer's own query and a plain scan see them, for the failure's report. */
  private static String waitingAfterRestart(Path data) throws Exception {
    StringBuilder found = new StringBuilder();
    try (Connection db = DriverManager.getConnection(url(data), "sanctuary", "")) {
      for (String sql : List.of(
          "SELECT id, action, actor, recorded_at, chain_index FROM audit_entry WHERE chain_index IS NULL AND id > 0 ORDER BY id LIMIT 50",
          "SELECT id, action, actor, recorded_at, chain_index FROM audit_entry WHERE id > (SELECT last_id FROM audit_head) - 3 ORDER BY id",
          "SELECT last_id FROM audit_head")) {
        found.append("\n").append(sql).append(":");
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            found.append("\n ");
            for (int c = 1; c <= columns; c++) {
              found.append(' ').append(rs.getString(c));
            }
          }
        }
      }
    }
    return found.toString();
  }

  private static List<String> unauditedAfterRestart(Path data, Set<String> ids) throws Exception {
    List<String> unaudited = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(url(data), "sanctuary", "");
        PreparedStatement find = db.prepareStatement(
            "SELECT COUNT(*) FROM audit_entry WHERE subject_id = ? AND action = 'PERSON_REGISTERED'")) {
      for (String id : ids) {
        find.setString(1, id);
        try (ResultSet rs = find.executeQuery()) {
          rs.next();
          if (rs.getLong(1) != 1) {
            unaudited.add(id);
          }
        }
      }
    }
    return unaudited;
  }

  private static String url(Path data) {
    return "jdbc:h2:file:" + data.resolve("sanctuary-demo") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
  }

  private Process start(Path data, int port, String log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "org.sanctuary.SanctuaryApplication", "--spring.profiles.active=demo", "--sanctuary.data-dir=" + data,
        "--server.port=" + port, "--logging.level.root=WARN"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(data.resolve(log).toFile());
    // The child uses the application's own embedded database settings, whatever this run points at.
    builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_DATASOURCE") || k.startsWith("SPRING_PROFILES"));
    return builder.start();
  }

  private void awaitUp(String base, Process child) throws Exception {
    Instant deadline = Instant.now().plusSeconds(180);
    while (Instant.now().isBefore(deadline)) {
      assertThat(child.isAlive()).as("the child JVM started (see target/crash-*/child.log)").isTrue();
      try {
        if (send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Sanctuary did not start within 180 s");
  }

  private static List<String> missingAfterRestart(Path data, Set<String> ids) throws Exception {
    List<String> missing = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(url(data), "sanctuary", "");
        PreparedStatement find = db.prepareStatement("SELECT COUNT(*) FROM person WHERE id = ?")) {
      for (String id : ids) {
        find.setObject(1, java.util.UUID.fromString(id));
        try (ResultSet rs = find.executeQuery()) {
          rs.next();
          if (rs.getLong(1) != 1) {
            missing.add(id);
          }
        }
      }
    }
    return missing;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static String match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new AssertionError("unexpected answer: " + text);
    }
    return m.group(1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
