package org.sanctuary.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each reason code of procedure.md §4 is raised by exactly one guard, and docs/reason-codes.md lists
 * every code with its rule and norm as the code holds them (-Dsanctuary.docs.write=true rewrites it).
 */
class ReasonCodesTest {

  private static final Path SOURCES = Path.of("src/main/java/org/sanctuary/procedure");
  private static final Path PAGE = Path.of("docs/reason-codes.md");

  @Test
  void everyReasonCodeIsRaisedInExactlyOneGuard() throws IOException {
    Map<String, List<String>> raisedIn = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (file.endsWith("ReasonCode.java")) {
          continue;
        }
        String source = Files.readString(file);
        for (ReasonCode code : ReasonCode.values()) {
          if (source.contains("ReasonCode." + code.name() + ",") || source.contains("ReasonCode." + code.name() + "\n")
              || source.contains("ReasonCode." + code.name() + ")")) {
            raisedIn.computeIfAbsent(code.name(), k -> new java.util.ArrayList<>()).add(file.getFileName().toString());
          }
        }
      }
    }
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(raisedIn.get(code.name())).as(code.name()).hasSize(1);
    }
  }

  @Test
  void theReasonCodePageMatchesTheCode() throws IOException {
    StringBuilder page = new StringBuilder("# Reason codes\n\n")
        .append("Generated from `org.sanctuary.procedure.ReasonCode` by `ReasonCodesTest`; do not edit by hand.\n")
        .append("Every refused command answers with one of these codes (HTTP 409, or 403 for NOT_PERMITTED), changes\n")
        .append("nothing, and is audited. The sections cited as `procedure.md §n` are those of\n")
        .append("[docs/domain/procedure.md](domain/procedure.md).\n\n")
        .append("| code | HTTP | rule | norm |\n|---|---|---|---|\n");
    for (ReasonCode code : ReasonCode.values()) {
      page.append("| `").append(code.name()).append("` | ").append(code.httpStatus()).append(" | ")
          .append(code.rule()).append(" | ").append(code.source()).append(" |\n");
    }
    if (Boolean.getBoolean("sanctuary.docs.write")) {
      Files.writeString(PAGE, page.toString());
    }
    assertThat(Files.readString(PAGE)).isEqualTo(page.toString());
  }

  /** Pages show a refusal's rule from the messages; the English there is the rule as the code states it. */
  @Test
  void theEnglishRuleOnPagesIsTheRuleInTheCode() throws java.io.IOException {
    java.util.Properties english = new java.util.Properties();
    try (var in = new java.io.InputStreamReader(
        ReasonCodesTest.class.getResourceAsStream("/messages.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
      english.load(in);
    }
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(english.getProperty("reasonCode." + code.name())).as(code.name()).isEqualTo(code.rule());
    }
  }
}
