package org.sanctuary.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctuary.access.Role;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * On the demo's data, every role follows every link it is shown, in English, Korean and Chinese, on a
 * phone (390 × 844, as a browser on a small phone shows them) and on a desktop screen: no page scrolls sideways, on a phone the header leaves the screen to the page, and
 * axe-core finds no critical or serious accessibility violation. Each kind of page (its path with
 * identifiers taken out) is read at most twice per role, and checked by axe once per language and
 * width. Documents offered for download (the letter as PDF) are not pages; their own tests read them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:demo-phone-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.datasource.username=sa",
      "spring.datasource.password="
    })
@ActiveProfiles({"test", "demo"})
class PhoneFitJourneyTest {

  private static final int WIDTH = 390;
  private static final int HEIGHT = 844;
  /** The most of the screen's height the header may take. */
  private static final double HEADER_SHARE = 0.2;
  private static final int PAGES = 60;
  /** Pages kept as screenshots (target/screenshots) for a person to look at. */
  private static final Set<String> SHOWN = Set.of("/cases", "/persons", "/audit", "/alerts", "/statistics");

  @LocalServerPort int port;

  private static final int DESKTOP_WIDTH = 1280;
  /** Kinds of page axe has checked, in a language and at a width: a template is checked once, whoever reached it first. */
  private static final Set<String> CHECKED_BY_AXE = java.util.concurrent.ConcurrentHashMap.newKeySet();

  static java.util.stream.Stream<Arguments> rolesAndLanguages() {
    return java.util.stream.Stream.of("en", "ko", "zh").flatMap(language -> java.util.stream.Stream.of(WIDTH, DESKTOP_WIDTH)
        .flatMap(width -> java.util.Arrays.stream(Role.values()).map(role -> Arguments.of(role, language, width))));
  }

  @ParameterizedTest(name = "{0} in {1} at {2} px")
  @MethodSource("rolesAndLanguages")
  void noPageOfARoleScrollsSidewaysOrFailsAxe(Role role, String language, int width) {
    // The test keeps its own embedded database (the demo's), so the suite's PostgreSQL run would only repeat it.
    org.junit.jupiter.api.Assumptions.assumeFalse(
        System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "").startsWith("jdbc:postgresql:"),
        "the same pages on the same embedded database as the suite's first run");
    boolean phone = width == WIDTH;
    try (Chromium chromium = Chromium.open(port)) {
      Page page = chromium.page;
      page.setViewportSize(width, HEIGHT);
      page.navigate(chromium.url("/login"));
      page.getByLabel("User name").fill(role.name().toLowerCase(java.util.Locale.ROOT));
      page.getByLabel("Password").fill(org.sanctuary.access.PasswordPolicy.DEMO_PASSWORD);
      page.locator("button[type=submit]").click();
      Deque<String> next = new ArrayDeque<>(List.of("/?lang=" + language));
      Set<String> seen = new LinkedHashSet<>(next);
      Map<String, Integer> readOfKind = new HashMap<>();
      List<String> wrong = new ArrayList<>();
      int read = 0;
      while (!next.isEmpty() && read < PAGES) {
        String path = next.poll();
        if (readOfKind.merge(kind(path), 1, Integer::sum) > 2) {
          continue;
        }
        try {
          page.navigate(chromium.url(path));
        } catch (com.microsoft.playwright.PlaywrightException e) {
          if (e.getMessage().contains("Download is starting")) {
            continue; // a file offered for download, not a page
          }
          throw e;
        }
        read++;
        if (CHECKED_BY_AXE.add(kind(path) + " " + language + " " + width)) {
          for (String violation : chromium.seriousAccessibilityViolations()) {
            wrong.add(path + " axe: " + violation);
          }
        }
        if (phone && SHOWN.contains(path)) {
          chromium.screenshot("phone-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + language + path.replace('/', '-'));
        }
        Number past = (Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (past.doubleValue() > 1) {
          wrong.add(path + " is " + past + " px wider than the screen: " + page.evaluate(WIDEST));
        }
        Number header = (Number) page.evaluate("() => document.querySelector('header').getBoundingClientRect().height");
        if (phone && header.doubleValue() > HEADER_SHARE * HEIGHT) {
          wrong.add(path + ": the header takes " + header + " px of " + HEIGHT);
        }
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('a[href^=\"/\"]'))"
            + ".map(a => a.getAttribute('href'))");
        for (String link : links) {
          String target = link.replaceAll("#.*", "");
          if (!target.startsWith("/logout") && !target.startsWith("/api/") && !target.startsWith("/swagger")
              && !target.endsWith(".pdf")
              && !target.contains("lang=") && !target.startsWith("/css/") && seen.add(target)) {
            next.add(target);
          }
        }
      }
      assertThat(read).as("pages read").isGreaterThan(1);
      assertThat(wrong).as("pages of %s in %s at %d px that do not fit or fail axe (%d read)", role, language, width, read)
          .isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void theAxeCheckFindsAFieldWithoutALabelAndPassesOneWithIt() {
    try (Chromium chromium = Chromium.open(port)) {
      chromium.page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>"
          + "<input id=\"q\" name=\"q\"></main></body></html>");
      assertThat(chromium.seriousAccessibilityViolations()).anyMatch(v -> v.startsWith("label (critical)"));
      chromium.page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>"
          + "<label for=\"q\">Name</label><input id=\"q\" name=\"q\"></main></body></html>");
      assertThat(chromium.seriousAccessibilityViolations()).isEmpty();
    }
  }

  /** The element reaching furthest past the right edge, to say what to fix. */
  private static final String WIDEST = "() => { let worst = null, right = 0;"
      + " for (const e of document.querySelectorAll('main *')) { const r = e.getBoundingClientRect().right;"
      + " if (r > right) { right = r; worst = e; } }"
      + " return worst ? worst.tagName + '.' + worst.className + ' ' + (worst.textContent || '').trim().slice(0, 40) + ' @' + right : ''; }";

  /** A path with its identifiers and page numbers taken out: one kind of page. */
  private static String kind(String path) {
    return path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}").replaceAll("=[^&]*", "=");
  }
}
