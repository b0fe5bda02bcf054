package org.sanctuary.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Pages speak English, Korean or Chinese: the browser's choice until the reader picks one with {@code ?lang=}, then that, remembered in a cookie. */
@Configuration
class Languages implements WebMvcConfigurer {

  /** The languages the interface is written in. */
  static final java.util.List<String> LANGUAGES = java.util.List.of("en", "ko", "zh");

  /**
   * The language the reader picked (kept in a cookie); until they pick one, the first of their
   * browser's languages (Accept-Language) that the interface is written in; else English.
   */
  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("sanctuary-lang");
    resolver.setDefaultLocaleFunction(request -> {
      for (java.util.Enumeration<Locale> wanted = request.getLocales(); wanted.hasMoreElements(); ) {
        String language = wanted.nextElement().getLanguage();
        if (LANGUAGES.contains(language)) {
          return Locale.forLanguageTag(language);
        }
      }
      return Locale.ENGLISH;
    });
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Strict");
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}
