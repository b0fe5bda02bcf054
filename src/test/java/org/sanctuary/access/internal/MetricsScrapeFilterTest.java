package org.sanctuary.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

/** The scrape token lets a scraper in only when one is configured, and only when it is sent whole. */
class MetricsScrapeFilterTest {

  @AfterEach
  void forget() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void withNoTokenConfiguredNothingLetsAScraperIn() throws Exception {
    assertThat(letsIn(null, "Bearer ")).isFalse();
    assertThat(letsIn("  ", "Bearer   ")).isFalse();
    assertThat(letsIn(null, "Bearer null")).isFalse();
  }

  @Test
  void theConfiguredTokenLetsInAndNothingElseDoes() throws Exception {
    assertThat(letsIn("s3cret-token", "Bearer s3cret-token")).isTrue();
    assertThat(letsIn("s3cret-token", "Bearer s3cret-toke")).isFalse();
    assertThat(letsIn("s3cret-token", "Basic s3cret-token")).isFalse();
    assertThat(letsIn("s3cret-token", null)).isFalse();
  }

  private static boolean letsIn(String configured, String header) throws Exception {
    SecurityContextHolder.clearContext();
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
    if (header != null) {
      request.addHeader("Authorization", header);
    }
    new MetricsScrapeFilter(configured).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals(MetricsScrapeFilter.AUTHORITY));
  }
}
