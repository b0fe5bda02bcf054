package org.sanctuary.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a metrics scraper in with the one scrape token configured ({@code sanctuary.metrics.scrape-token},
 * from the environment), compared in constant time; with none configured, nobody scrapes. The
 * scraper holds no user's rights: it may read the metrics, which hold counts and timings, never a
 * person's data.
 */
final class MetricsScrapeFilter extends OncePerRequestFilter {

  static final String AUTHORITY = "METRICS_SCRAPE";

  private final byte @Nullable [] expected;

  MetricsScrapeFilter(@Nullable String scrapeToken) {
    this.expected = scrapeToken == null || scrapeToken.isBlank() ? null : digest(scrapeToken.strip());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (expected != null && header != null && header.startsWith("Bearer ")
        && MessageDigest.isEqual(expected, digest(header.substring("Bearer ".length()).strip()))) {
      SecurityContextHolder.getContext().setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
    }
    chain.doFilter(request, response);
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
