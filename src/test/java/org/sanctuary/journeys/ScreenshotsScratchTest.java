package org.sanctuary.journeys;

import com.microsoft.playwright.*;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ScreenshotsScratchTest {
  @LocalServerPort int port;

  @Test
  void shots() {
    String base = "http://localhost:" + port;
    try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
         Browser b = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
             .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run")))) {
      for (String user : List.of("supervisor", "registrar", "auditor", "admin")) {
        Page p = b.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        p.navigate(base + "/login");
        if (user.equals("supervisor")) p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/shots/login.png")));
        p.getByLabel("User name").fill(user);
        p.getByLabel("Password").fill("sanctuary-demo");
        p.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/shots/" + user + "-home.png")).setFullPage(true));
        if (user.equals("supervisor") || user.equals("registrar")) {
          p.navigate(base + "/persons");
          p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/shots/" + user + "-persons.png")).setFullPage(true));
          p.locator("tbody tr a").last().click();
          p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/shots/" + user + "-person.png")).setFullPage(true));
          p.navigate(base + "/groups");
          p.locator("tbody tr a").first().click();
          p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/shots/" + user + "-group.png")).setFullPage(true));
        }
        if (user.equals("registrar")) {
          p.navigate(base + "/persons/new");
          p.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
          p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/shots/registrar-form-errors.png")).setFullPage(true));
        }
        if (user.equals("auditor")) {
          p.navigate(base + "/audit?verify=true");
          p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/shots/auditor-audit.png")));
        }
        if (user.equals("admin")) {
          p.navigate(base + "/admin/users");
          p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/shots/admin-users.png")).setFullPage(true));
          p.navigate(base + "/admin/users/new");
          p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/shots/admin-user-new.png")).setFullPage(true));
        }
      }
    }
  }
}
