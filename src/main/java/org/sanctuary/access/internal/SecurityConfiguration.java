package org.sanctuary.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Deny by default. Three doors: {@code /actuator/prometheus} for a metrics scraper (its own token),
 * {@code /api/**} for programs (bearer tokens, stateless, problem+json errors) and everything else
 * for people (session sign-in, CSRF). Each endpoint then names its
 * permission with {@code @PreAuthorize}; a test keeps that true.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** Metrics for a scraper that sends the configured scrape token; nothing else is served on this door. */
  @Bean
  @Order(0)
  SecurityFilterChain metrics(
      HttpSecurity http, ProblemResponses problems,
      @org.springframework.beans.factory.annotation.Value("${sanctuary.metrics.scrape-token:}") String scrapeToken)
      throws Exception {
    http.securityMatcher("/actuator/prometheus")
        .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(MetricsScrapeFilter.AUTHORITY))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .addFilterBefore(new MetricsScrapeFilter(scrapeToken), AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            e -> e.authenticationEntryPoint(
                    (request, response, ex) -> problems.unauthenticated(
                        response, "Send Authorization: Bearer <the scrape token configured as sanctuary.metrics.scrape-token>."))
                .accessDeniedHandler(
                    (request, response, ex) -> problems.notPermitted(response, "Only the metrics scraper reads this.")))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, SignIn signIn, ProblemResponses problems)
      throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.POST, "/api/tokens")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .addFilterBefore(
            new BearerTokenFilter(signIn, problems), AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) ->
                            problems.unauthenticated(
                                response, "Send Authorization: Bearer <token> from POST /api/tokens."))
                    .accessDeniedHandler(
                        (request, response, ex) ->
                            problems.notPermitted(response, "Your roles do not allow this.")))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain ui(HttpSecurity http, SignIn signIn) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .authenticationManager(signIn)
        .addFilterBefore(new CurrentAccountFilter(signIn), AnonymousAuthenticationFilter.class)
        .formLogin(form -> form.loginPage("/login").failureUrl("/login?failed").permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
        .headers(
            h ->
                h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }
}
